// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.queue;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QueueEntryRepository extends JpaRepository<QueueEntryEntity, String> {

    List<QueueEntryEntity> findAllByOrderByQueuedAtAscQueueItemIdAsc();

    List<QueueEntryEntity> findByAccountIdAndMarketplaceIdAndSellerSkuIn(
            String accountId, String marketplaceId, Collection<String> sellerSkus);
}
