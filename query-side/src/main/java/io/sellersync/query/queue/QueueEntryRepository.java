// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.queue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The queue read model's rows (active entries only). */
interface QueueEntryRepository extends JpaRepository<QueueEntryEntity, String> {

    List<QueueEntryEntity> findAllByOrderByQueuedAtAscQueueItemIdAsc();

    List<QueueEntryEntity> findByAccountIdAndMarketplaceIdAndSellerSkuIn(
            String accountId, String marketplaceId, Collection<String> sellerSkus);

    Optional<QueueEntryEntity>
            findFirstByAccountIdAndMarketplaceIdAndAsinAndConditionCodeAndNewSkuTrueOrderByQueuedAtAscQueueItemIdAsc(
                    String accountId, String marketplaceId, String asin, String conditionCode);

    /** Marks these entries (those that still exist) as carried by {@code feedId}. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update QueueEntryEntity e set e.feedId = :feedId where e.queueItemId in :ids")
    int carry(@Param("feedId") String feedId, @Param("ids") Collection<String> ids);

    /** These entries are no longer carried by {@code feedId} (a later feed that took them over keeps them). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update QueueEntryEntity e set e.feedId = null where e.feedId = :feedId and e.queueItemId in :ids")
    int release(@Param("feedId") String feedId, @Param("ids") Collection<String> ids);

    /**
     * These entries, still carried by {@code feedId}, are live on Amazon: they leave the queue (unless a two-phase run
     * owns them: the run decides when they are done).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from QueueEntryEntity e where e.feedId = :feedId and e.runId is null and e.queueItemId in :ids")
    int leave(@Param("feedId") String feedId, @Param("ids") Collection<String> ids);

    /** Marks these entries (those that still exist) as owned by the two-phase run {@code runId}. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update QueueEntryEntity e set e.runId = :runId where e.queueItemId in :ids")
    int own(@Param("runId") String runId, @Param("ids") Collection<String> ids);

    /** The run {@code runId} has ended: the entries it still owns (held or failed ones) are free again. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update QueueEntryEntity e set e.runId = null where e.runId = :runId")
    int disown(@Param("runId") String runId);

    /** No entry is carried by {@code feedId} any more. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update QueueEntryEntity e set e.feedId = null where e.feedId = :feedId")
    int releaseAll(@Param("feedId") String feedId);
}
