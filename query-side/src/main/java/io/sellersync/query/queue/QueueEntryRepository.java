// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.queue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The queue read model's rows (active entries only). */
interface QueueEntryRepository extends JpaRepository<QueueEntryEntity, String> {

    List<QueueEntryEntity> findAllByOrderByQueuedAtAscQueueItemIdAsc();

    List<QueueEntryEntity> findByAccountIdAndMarketplaceIdAndSellerSkuIn(
            String accountId, String marketplaceId, Collection<String> sellerSkus);

    Optional<QueueEntryEntity>
            findFirstByAccountIdAndMarketplaceIdAndAsinAndConditionCodeAndNewSkuTrueOrderByQueuedAtAscQueueItemIdAsc(
                    String accountId, String marketplaceId, String asin, String conditionCode);
}
