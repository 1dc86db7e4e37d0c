// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.inventory;

import io.sellersync.messages.inventory.InventoryStatus;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InventoryItemRepository
        extends JpaRepository<InventoryItemEntity, String>, JpaSpecificationExecutor<InventoryItemEntity> {

    List<InventoryItemEntity> findByLocalSkuIn(Collection<String> localSkus);

    List<InventoryItemEntity> findByStatusAndLocalSkuOrderByCreatedAtAscItemIdAsc(
            InventoryStatus status, String localSku, Pageable page);

    List<InventoryItemEntity> findByStatusAndAsinOrderByCreatedAtAscItemIdAsc(
            InventoryStatus status, String asin, Pageable page);
}
