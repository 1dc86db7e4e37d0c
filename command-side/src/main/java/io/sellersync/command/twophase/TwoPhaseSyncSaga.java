// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.twophase;

import io.sellersync.command.feed.FeedDue;
import io.sellersync.command.feed.FeedTimings;
import io.sellersync.command.feed.SagaDeadlines;
import io.sellersync.messages.feed.BuildFeedCommand;
import io.sellersync.messages.feed.FeedCompletedEvent;
import io.sellersync.messages.feed.FeedFailedEvent;
import io.sellersync.messages.feed.FeedFailure;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedItemsVerifiedEvent;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedProcessedEvent;
import io.sellersync.messages.feed.MessageOutcome;
import io.sellersync.messages.feed.MessageResult;
import io.sellersync.messages.feed.ReadBackLimits;
import io.sellersync.messages.inventory.ChangeInventoryItemStatusCommand;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.queue.RecordQueueItemSyncFailedCommand;
import io.sellersync.messages.queue.RecordQueueItemSyncedCommand;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.twophase.EndPhaseCommand;
import io.sellersync.messages.twophase.FailPhaseCommand;
import io.sellersync.messages.twophase.QuantityPhaseDeferredEvent;
import io.sellersync.messages.twophase.QuantityPhaseStartedEvent;
import io.sellersync.messages.twophase.RecordPhaseResultsCommand;
import io.sellersync.messages.twophase.RequestRescueReadBackCommand;
import io.sellersync.messages.twophase.RescueReadBackRequestedEvent;
import io.sellersync.messages.twophase.RetryQuantityPhaseCommand;
import io.sellersync.messages.twophase.RunLimits;
import io.sellersync.messages.twophase.RunSkuState;
import io.sellersync.messages.twophase.SettledSku;
import io.sellersync.messages.twophase.SkuRescueStepRecordedEvent;
import io.sellersync.messages.twophase.SkusSettledEvent;
import io.sellersync.messages.twophase.SyncRunId;
import io.sellersync.messages.twophase.TwoPhasePlan;
import io.sellersync.messages.twophase.TwoPhaseSyncCompletedEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncFailedEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncPartialEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncStartedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;

/**
 * Drives one two-phase run on the server: builds its price feed (which the feed saga and the integration handlers
 * then submit, poll and read back with the run's limits), hands each phase feed's results to the run, retries a
 * quantity feed that could not be built, paces the read-back of rescued SKUs on durable deadlines, and finally tells
 * the queue and inventory how each SKU ended. It never calls Amazon and decides nothing the {@code TwoPhaseSync}
 * aggregate guards — in particular never when a quantity may go out: it only sends commands, each safe to repeat.
 * State fields are public so the Jackson saga serializer stores them.
 */
@ProcessingGroup(TwoPhaseSyncSaga.PROCESSOR)
public class TwoPhaseSyncSaga {

    public static final String PROCESSOR = "twophase-saga";
    public static final String RETRY_DEADLINE = "twophase-quantity-retry";
    public static final String RESCUE_DEADLINE = "twophase-rescue-verify";
    static final String RUN_ID = "runId";
    static final String FEED_ID = "feedId";

    /** The wait before the quantity feed is built again after attempt n: n minutes. */
    static final Duration RETRY_STEP = Duration.ofMinutes(1);

    public SyncRunId runId;
    public Instant startedAt;
    public FeedId priceFeedId;
    public FeedId quantityFeedId;
    public String retryDeadlineId;
    public String rescueDeadlineId;

    @StartSaga
    @SagaEventHandler(associationProperty = RUN_ID)
    public void on(TwoPhaseSyncStartedEvent event, CommandGateway commands) {
        runId = event.runId();
        startedAt = event.startedAt();
        priceFeedId = event.priceFeedId();
        SagaLifecycle.associateWith(FEED_ID, priceFeedId.value());
        RunLimits limits = event.limits();
        try {
            commands.sendAndWait(new BuildFeedCommand(
                    priceFeedId,
                    event.accountId(),
                    event.marketplaceId(),
                    FeedKind.SUBMISSION,
                    TwoPhasePlan.priceMessages(event.messages()),
                    event.pricePayload(),
                    event.startedAt(),
                    runId,
                    new ReadBackLimits(limits.priceTimeout(), limits.priceTimeout(), limits.settleAfterFirst())));
        } catch (BusinessException refused) {
            commands.send(new FailPhaseCommand(
                    runId,
                    priceFeedId,
                    FeedFailure.NOT_SUBMITTED,
                    "the price feed could not be built: " + refused.getMessage(),
                    event.startedAt()));
        }
    }

    @SagaEventHandler(associationProperty = FEED_ID)
    public void on(FeedProcessedEvent event, CommandGateway commands) {
        List<MessageResult> refused = event.results().stream()
                .filter(r -> r.outcome() == MessageOutcome.ERROR)
                .toList();
        if (!refused.isEmpty()) {
            commands.send(new RecordPhaseResultsCommand(runId, event.feedId(), List.of(), refused, event.at()));
        }
    }

    @SagaEventHandler(associationProperty = FEED_ID)
    public void on(FeedItemsVerifiedEvent event, CommandGateway commands) {
        commands.send(new RecordPhaseResultsCommand(runId, event.feedId(), event.items(), List.of(), event.at()));
    }

    @SagaEventHandler(associationProperty = FEED_ID)
    public void on(FeedCompletedEvent event, CommandGateway commands) {
        commands.send(new EndPhaseCommand(runId, event.feedId(), event.at()));
    }

    @SagaEventHandler(associationProperty = FEED_ID)
    public void on(FeedFailedEvent event, CommandGateway commands) {
        commands.send(new FailPhaseCommand(runId, event.feedId(), event.failure(), event.reason(), event.at()));
    }

    @SagaEventHandler(associationProperty = RUN_ID)
    public void on(QuantityPhaseStartedEvent event, DeadlineManager deadlines) {
        if (quantityFeedId == null) {
            quantityFeedId = event.quantityFeedId();
            SagaLifecycle.associateWith(FEED_ID, quantityFeedId.value());
        }
        SagaDeadlines.cancel(deadlines, RETRY_DEADLINE, retryDeadlineId);
        retryDeadlineId = null;
    }

    @SagaEventHandler(associationProperty = RUN_ID)
    public void on(QuantityPhaseDeferredEvent event, DeadlineManager deadlines) {
        FeedDue due = new FeedDue(event.at().plus(RETRY_STEP.multipliedBy(event.attempt())), event.attempt());
        retryDeadlineId = SagaDeadlines.reschedule(deadlines, RETRY_DEADLINE, retryDeadlineId, due);
    }

    @DeadlineHandler(deadlineName = RETRY_DEADLINE)
    public void onRetryDeadline(FeedDue due, CommandGateway commands) {
        retryDeadlineId = null;
        commands.send(new RetryQuantityPhaseCommand(runId, due.count() + 1, SagaDeadlines.firedAt(due)));
    }

    /** A rescue patch was accepted: its read-back starts soon (and the next rounds follow the requests). */
    @SagaEventHandler(associationProperty = RUN_ID)
    public void on(SkuRescueStepRecordedEvent event, DeadlineManager deadlines, FeedTimings timings) {
        if (event.accepted()) {
            FeedDue first = new FeedDue(event.at().plus(timings.verifyFirst()), 0);
            rescueDeadlineId = SagaDeadlines.reschedule(deadlines, RESCUE_DEADLINE, rescueDeadlineId, first);
        }
    }

    /** A rescue read-back round is due; a fallback round follows in case this one is lost. */
    @DeadlineHandler(deadlineName = RESCUE_DEADLINE)
    public void onRescueDeadline(FeedDue due, CommandGateway commands, DeadlineManager deadlines, FeedTimings timings) {
        // the deadline firing now is this one: schedule the next without cancelling it (db-scheduler refuses to
        // cancel a running task)
        FeedDue fallback = new FeedDue(SagaDeadlines.firedAt(due).plus(timings.verifyMax()), due.count());
        rescueDeadlineId = deadlines.schedule(fallback.at(), RESCUE_DEADLINE, fallback);
        commands.send(new RequestRescueReadBackCommand(runId, due.at()));
    }

    @SagaEventHandler(associationProperty = RUN_ID)
    public void on(RescueReadBackRequestedEvent event, DeadlineManager deadlines, FeedTimings timings) {
        FeedDue next = new FeedDue(event.at().plus(timings.verifyInterval(event.round())), event.round());
        rescueDeadlineId = SagaDeadlines.reschedule(deadlines, RESCUE_DEADLINE, rescueDeadlineId, next);
    }

    /** How each SKU ended reaches its queue entries: live ones leave the queue, the rest stay with the reason. */
    @SagaEventHandler(associationProperty = RUN_ID)
    public void on(SkusSettledEvent event, CommandGateway commands) {
        FeedId feed = quantityFeedId != null ? quantityFeedId : priceFeedId;
        String run = "two-phase run " + TwoPhaseSyncEvent.shortId(runId);
        for (SettledSku sku : event.skus()) {
            for (QueueItemId entry : sku.entries()) {
                if (sku.state() == RunSkuState.VERIFIED) {
                    commands.send(new RecordQueueItemSyncedCommand(entry, feed, startedAt, event.at()));
                    commands.send(new ChangeInventoryItemStatusCommand(
                            entry.itemId(), InventoryStatus.LISTED, "listed by " + run));
                } else {
                    commands.send(new RecordQueueItemSyncFailedCommand(
                            entry, feed, startedAt, "Not synced by " + run + ": " + sku.reason(), event.at()));
                }
            }
        }
    }

    @SagaEventHandler(associationProperty = RUN_ID)
    public void on(TwoPhaseSyncCompletedEvent event, DeadlineManager deadlines) {
        complete(deadlines);
    }

    @SagaEventHandler(associationProperty = RUN_ID)
    public void on(TwoPhaseSyncPartialEvent event, DeadlineManager deadlines) {
        complete(deadlines);
    }

    @SagaEventHandler(associationProperty = RUN_ID)
    public void on(TwoPhaseSyncFailedEvent event, DeadlineManager deadlines) {
        complete(deadlines);
    }

    private void complete(DeadlineManager deadlines) {
        SagaDeadlines.cancel(deadlines, RETRY_DEADLINE, retryDeadlineId);
        SagaDeadlines.cancel(deadlines, RESCUE_DEADLINE, rescueDeadlineId);
        SagaLifecycle.end();
    }
}
