// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.queue;

import io.sellersync.messages.feed.FeedBuiltEvent;
import io.sellersync.messages.feed.FeedCompletedEvent;
import io.sellersync.messages.feed.FeedFailedEvent;
import io.sellersync.messages.feed.FeedItemsVerifiedEvent;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.VerificationState;
import io.sellersync.messages.queue.FindNewSkuEntryQuery;
import io.sellersync.messages.queue.FindQueueEntriesBySellerSkuQuery;
import io.sellersync.messages.queue.FindQueueEntryQuery;
import io.sellersync.messages.queue.ItemQueuedEvent;
import io.sellersync.messages.queue.ListQueueQuery;
import io.sellersync.messages.queue.PriceConflictDetectedEvent;
import io.sellersync.messages.queue.PriceConflictResolvedEvent;
import io.sellersync.messages.queue.QueueEntryView;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.queue.QueueItemRemovedEvent;
import io.sellersync.messages.queue.QueueItemSyncFailedEvent;
import io.sellersync.messages.queue.QueueItemSyncedEvent;
import io.sellersync.messages.queue.QueueSummaryQuery;
import io.sellersync.messages.queue.QueueSummaryView;
import io.sellersync.messages.shared.Money;
import io.sellersync.messages.twophase.SyncRunId;
import io.sellersync.messages.twophase.TwoPhaseSyncCompletedEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncFailedEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncPartialEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncStartedEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.stereotype.Component;

/**
 * The sync queue read model: one row per active entry, keyed by the entry id, so a redelivered event writes the same
 * row again. Every change pushes the affected list and summary to live subscribers (the Queue page, GraphQL).
 */
@Component
@ProcessingGroup(QueueProjection.GROUP)
public class QueueProjection {

    public static final String GROUP = "queue";

    /** Entry ids per bulk update (a feed carries up to 25,000 messages, each with one or more entries). */
    private static final int CHUNK = 1000;

    private final QueueEntryRepository entries;
    private final QueryUpdateEmitter emitter;

    QueueProjection(QueueEntryRepository entries, QueryUpdateEmitter emitter) {
        this.entries = entries;
        this.emitter = emitter;
    }

    @EventHandler
    void on(ItemQueuedEvent event) {
        entries.save(new QueueEntryEntity(event));
        publish();
    }

    @EventHandler
    void on(PriceConflictDetectedEvent event) {
        entries.findById(event.queueItemId().value()).ifPresent(e -> e.conflict(event.kind(), event.theirPrice()));
        publish();
    }

    @EventHandler
    void on(PriceConflictResolvedEvent event) {
        entries.findById(event.queueItemId().value())
                .ifPresent(e -> e.resolved(event.price(), event.needsConfirmation()));
        publish();
    }

    @EventHandler
    void on(QueueItemRemovedEvent event) {
        entries.deleteById(event.queueItemId().value());
        publish();
    }

    /** A submission carries its messages' entries (those still queued) until they sync or fail. */
    @EventHandler
    void on(FeedBuiltEvent event) {
        if (event.kind() != FeedKind.SUBMISSION) {
            return;
        }
        List<String> ids = entryIds(
                event.messages().stream().flatMap(m -> m.entries().stream()).toList());
        for (List<String> chunk : chunks(ids)) {
            entries.carry(event.feedId().value(), chunk);
        }
        publish();
    }

    @EventHandler
    void on(QueueItemSyncedEvent event) {
        entries.deleteById(event.queueItemId().value());
        publish();
    }

    @EventHandler
    void on(QueueItemSyncFailedEvent event) {
        entries.findById(event.queueItemId().value()).ifPresent(e -> {
            if (e.feedId() == null || e.feedId().equals(event.feedId().value())) {
                e.syncFailed(event.reason());
            }
        });
        publish();
    }

    /**
     * Verified entries leave the queue at once (their {@code QueueItemSyncedEvent} follows from the saga): between the
     * two, an entry released by the feed's completion would be planned again and its units sent twice.
     */
    @EventHandler
    void on(FeedItemsVerifiedEvent event) {
        List<String> ids = entryIds(event.items().stream()
                .filter(i -> i.state() == VerificationState.VERIFIED)
                .flatMap(i -> i.entries().stream())
                .toList());
        for (List<String> chunk : chunks(ids)) {
            entries.leave(event.feedId().value(), chunk);
        }
        publish();
    }

    /** The per-entry failures follow from the saga; the entries must not look carried in the meantime. */
    @EventHandler
    void on(FeedFailedEvent event) {
        for (List<String> chunk : chunks(entryIds(event.entries()))) {
            entries.release(event.feedId().value(), chunk);
        }
        publish();
    }

    /**
     * A completed feed carries nothing any more: every entry it still carries (its outcome command lost, or not yet
     * applied) is released, so none shows "already in feed" forever; a later sync or failure still applies.
     */
    @EventHandler
    void on(FeedCompletedEvent event) {
        entries.releaseAll(event.feedId().value());
        publish();
    }

    /** A two-phase run owns its entries from its start to its end, whichever phase feed carries them meanwhile. */
    @EventHandler
    void on(TwoPhaseSyncStartedEvent event) {
        List<String> ids = entryIds(
                event.messages().stream().flatMap(m -> m.entries().stream()).toList());
        for (List<String> chunk : chunks(ids)) {
            entries.own(event.runId().value(), chunk);
        }
        publish();
    }

    @EventHandler
    void on(TwoPhaseSyncCompletedEvent event) {
        runEnded(event.runId());
    }

    @EventHandler
    void on(TwoPhaseSyncPartialEvent event) {
        runEnded(event.runId());
    }

    @EventHandler
    void on(TwoPhaseSyncFailedEvent event) {
        runEnded(event.runId());
    }

    private void runEnded(SyncRunId runId) {
        entries.disown(runId.value());
        publish();
    }

    @ResetHandler
    void reset() {
        entries.deleteAllInBatch();
    }

    @QueryHandler
    List<QueueEntryView> handle(ListQueueQuery query) {
        return all().stream().filter(query::matches).toList();
    }

    @QueryHandler
    QueueSummaryView handle(QueueSummaryQuery query) {
        return summary(handle(new ListQueueQuery(query.accountId(), query.marketplaceId())));
    }

    @QueryHandler
    Optional<QueueEntryView> handle(FindQueueEntryQuery query) {
        return entries.findById(query.queueItemId().value()).map(QueueEntryEntity::toView);
    }

    @QueryHandler
    List<QueueEntryView> handle(FindQueueEntriesBySellerSkuQuery query) {
        if (query.sellerSkus().isEmpty()) {
            return List.of();
        }
        return entries
                .findByAccountIdAndMarketplaceIdAndSellerSkuIn(
                        query.accountId().value(), query.marketplaceId().value(), query.sellerSkus())
                .stream()
                .map(QueueEntryEntity::toView)
                .toList();
    }

    @QueryHandler
    Optional<QueueEntryView> handle(FindNewSkuEntryQuery query) {
        if (query.asin() == null || query.condition() == null) {
            return Optional.empty();
        }
        return entries.findFirstByAccountIdAndMarketplaceIdAndAsinAndConditionCodeAndNewSkuTrueOrderByQueuedAtAscQueueItemIdAsc(
                        query.accountId().value(),
                        query.marketplaceId().value(),
                        query.asin(),
                        query.condition().code())
                .map(QueueEntryEntity::toView);
    }

    static QueueSummaryView summary(List<QueueEntryView> list) {
        long skus = list.stream()
                .map(e -> e.accountId() + "|" + e.marketplaceId() + "|" + e.sellerSku())
                .distinct()
                .count();
        long units = list.stream().mapToLong(QueueEntryView::quantity).sum();
        long conflicts = list.stream().filter(QueueEntryView::hasConflict).count();
        Map<String, BigDecimal> value = new TreeMap<>();
        for (QueueEntryView e : list) {
            value.merge(
                    e.price().currency().getCurrencyCode(),
                    e.price().amount().multiply(BigDecimal.valueOf(e.quantity())),
                    BigDecimal::add);
        }
        List<Money> values = value.entrySet().stream()
                .map(v -> new Money(v.getValue(), Currency.getInstance(v.getKey())))
                .toList();
        return new QueueSummaryView(list.size(), skus, units, conflicts, values);
    }

    private static List<String> entryIds(List<QueueItemId> ids) {
        return ids.stream().map(QueueItemId::value).distinct().toList();
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return chunks;
    }

    private List<QueueEntryView> all() {
        return entries.findAllByOrderByQueuedAtAscQueueItemIdAsc().stream()
                .map(QueueEntryEntity::toView)
                .toList();
    }

    private void publish() {
        entries.flush();
        if (emitter.activeSubscriptions().isEmpty()) {
            return; // nobody is watching (a replay, a bulk add with no page open): no need to read the whole queue
        }
        List<QueueEntryView> all = all();
        for (SubscriptionQueryMessage<?, ?, ?> subscription : emitter.activeSubscriptions()) {
            Object payload = subscription.getPayload();
            if (payload instanceof ListQueueQuery list) {
                emitter.emit(
                        ListQueueQuery.class,
                        list::equals,
                        all.stream().filter(list::matches).toList());
            } else if (payload instanceof QueueSummaryQuery totals) {
                ListQueueQuery filter = new ListQueueQuery(totals.accountId(), totals.marketplaceId());
                emitter.emit(
                        QueueSummaryQuery.class,
                        totals::equals,
                        summary(all.stream().filter(filter::matches).toList()));
            }
        }
    }
}
