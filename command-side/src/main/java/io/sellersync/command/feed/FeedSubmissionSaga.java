// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.feed;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.CheckFeedStatusCommand;
import io.sellersync.messages.feed.FeedBuiltEvent;
import io.sellersync.messages.feed.FeedCompletedEvent;
import io.sellersync.messages.feed.FeedDelay;
import io.sellersync.messages.feed.FeedDelayedEvent;
import io.sellersync.messages.feed.FeedEvent;
import io.sellersync.messages.feed.FeedFailedEvent;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedItemsVerifiedEvent;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedProcessedEvent;
import io.sellersync.messages.feed.FeedProcessingFinishedEvent;
import io.sellersync.messages.feed.FeedProcessingStartedEvent;
import io.sellersync.messages.feed.FeedSubmittedEvent;
import io.sellersync.messages.feed.FeedVerificationRequestedEvent;
import io.sellersync.messages.feed.MessageOutcome;
import io.sellersync.messages.feed.MessageResult;
import io.sellersync.messages.feed.RecordFeedDelayCommand;
import io.sellersync.messages.feed.RequestFeedVerificationCommand;
import io.sellersync.messages.feed.VerificationState;
import io.sellersync.messages.feed.VerifiedItem;
import io.sellersync.messages.inventory.ChangeInventoryItemStatusCommand;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.queue.RecordQueueItemSyncFailedCommand;
import io.sellersync.messages.queue.RecordQueueItemSyncedCommand;
import io.sellersync.messages.twophase.SyncRunId;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;

/**
 * Drives one submitted feed after the integration handlers have uploaded and submitted it: polls Amazon's status on a
 * chain of deadlines (pollMin growing to pollMax), flags a feed slow or stuck in Amazon's queue, asks for read-back
 * rounds after the report (verifyFirst doubling to verifyMax) and tells the queue and inventory how each entry ended.
 * It never calls Amazon and decides nothing the aggregates guard: it only sends commands, each safe to repeat. A dry
 * run ends at once. A phase feed of a two-phase run leaves the queue and inventory alone: the run decides what its
 * entries become. State fields are public so the Jackson saga serializer stores them.
 */
@ProcessingGroup(FeedSubmissionSaga.PROCESSOR)
public class FeedSubmissionSaga {

    public static final String PROCESSOR = "feed-submission-saga";
    public static final String POLL_DEADLINE = "feed-poll";
    public static final String VERIFY_DEADLINE = "feed-verify";
    static final String FEED_ID = "feedId";

    public FeedId feedId;
    public AccountId accountId;
    public SyncRunId runId;
    public Instant builtAt;
    public String amazonFeedId;
    public Instant submittedAt;
    public boolean started;
    public boolean processed;
    public FeedDelay delay;
    public String pollDeadlineId;
    public String verifyDeadlineId;

    @StartSaga
    @SagaEventHandler(associationProperty = FEED_ID)
    public void on(FeedBuiltEvent event) {
        feedId = event.feedId();
        accountId = event.accountId();
        runId = event.runId();
        builtAt = event.builtAt();
        if (event.kind() == FeedKind.DRY_RUN) {
            SagaLifecycle.end();
        }
    }

    @SagaEventHandler(associationProperty = FEED_ID)
    public void on(FeedSubmittedEvent event, DeadlineManager deadlines, FeedTimings timings) {
        if (amazonFeedId == null) {
            amazonFeedId = event.amazonFeedId();
            submittedAt = event.at();
            pollDeadlineId = SagaDeadlines.reschedule(
                    deadlines,
                    POLL_DEADLINE,
                    pollDeadlineId,
                    new FeedDue(event.at().plus(timings.pollInterval(0)), 0));
        }
    }

    @DeadlineHandler(deadlineName = POLL_DEADLINE)
    public void onPollDeadline(FeedDue due, CommandGateway commands, DeadlineManager deadlines, FeedTimings timings) {
        if (processed) {
            return;
        }
        int polls = due.count() + 1;
        // the deadline firing now is this one: schedule the next without cancelling it (db-scheduler refuses to cancel
        // a running task, which would fail the whole deadline); from now when it fires late, so overdue polls after a
        // downtime do not fire back to back
        FeedDue next = new FeedDue(SagaDeadlines.firedAt(due).plus(timings.pollInterval(polls)), polls);
        pollDeadlineId = deadlines.schedule(next.at(), POLL_DEADLINE, next);
        if (!started) {
            Duration waiting = Duration.between(submittedAt, due.at());
            if (delay != FeedDelay.STUCK && waiting.compareTo(timings.queueStuck()) >= 0) {
                commands.send(new RecordFeedDelayCommand(feedId, FeedDelay.STUCK, submittedAt));
            } else if (delay == null && waiting.compareTo(timings.queueWarning()) >= 0) {
                commands.send(new RecordFeedDelayCommand(feedId, FeedDelay.SLOW, submittedAt));
            }
        }
        commands.send(new CheckFeedStatusCommand(feedId, accountId, amazonFeedId));
    }

    @SagaEventHandler(associationProperty = FEED_ID)
    public void on(FeedProcessingStartedEvent event) {
        started = true;
    }

    @SagaEventHandler(associationProperty = FEED_ID)
    public void on(FeedProcessingFinishedEvent event) {
        started = true;
    }

    @SagaEventHandler(associationProperty = FEED_ID)
    public void on(FeedDelayedEvent event) {
        if (delay != FeedDelay.STUCK) {
            delay = event.delay();
        }
    }

    @SagaEventHandler(associationProperty = FEED_ID)
    public void on(FeedProcessedEvent event, CommandGateway commands, DeadlineManager deadlines, FeedTimings timings) {
        if (processed) {
            return;
        }
        processed = true;
        SagaDeadlines.cancel(deadlines, POLL_DEADLINE, pollDeadlineId);
        pollDeadlineId = null;
        boolean verify = false;
        for (MessageResult result : event.results()) {
            if (result.outcome() == MessageOutcome.ERROR) {
                if (runId == null) {
                    String reason = SyncReasons.refused(feedId, result);
                    result.entries().forEach(entry -> failEntry(commands, entry, reason, event.at()));
                }
            } else {
                verify = true;
            }
        }
        if (verify) {
            verifyDeadlineId = SagaDeadlines.reschedule(
                    deadlines,
                    VERIFY_DEADLINE,
                    verifyDeadlineId,
                    new FeedDue(event.at().plus(timings.verifyFirst()), 0));
        }
    }

    /** A read-back round is due; a fallback round follows in case this one is lost, replaced when it is requested. */
    @DeadlineHandler(deadlineName = VERIFY_DEADLINE)
    public void onVerifyDeadline(FeedDue due, CommandGateway commands, DeadlineManager deadlines, FeedTimings timings) {
        FeedDue fallback = new FeedDue(SagaDeadlines.firedAt(due).plus(timings.verifyMax()), due.count());
        verifyDeadlineId = deadlines.schedule(fallback.at(), VERIFY_DEADLINE, fallback);
        commands.send(new RequestFeedVerificationCommand(feedId, due.at()));
    }

    @SagaEventHandler(associationProperty = FEED_ID)
    public void on(FeedVerificationRequestedEvent event, DeadlineManager deadlines, FeedTimings timings) {
        Instant next = event.at().plus(timings.verifyInterval(event.round()));
        verifyDeadlineId = SagaDeadlines.reschedule(
                deadlines, VERIFY_DEADLINE, verifyDeadlineId, new FeedDue(next, event.round()));
    }

    @SagaEventHandler(associationProperty = FEED_ID)
    public void on(FeedItemsVerifiedEvent event, CommandGateway commands) {
        if (runId != null) {
            return;
        }
        String listed = "listed by feed " + FeedEvent.shortId(feedId);
        for (VerifiedItem item : event.items()) {
            for (QueueItemId entry : item.entries()) {
                if (item.state() == VerificationState.VERIFIED) {
                    commands.send(new RecordQueueItemSyncedCommand(entry, feedId, builtAt, event.at()));
                    commands.send(new ChangeInventoryItemStatusCommand(entry.itemId(), InventoryStatus.LISTED, listed));
                } else {
                    failEntry(commands, entry, SyncReasons.notLive(feedId, item), event.at());
                }
            }
        }
    }

    @SagaEventHandler(associationProperty = FEED_ID)
    public void on(FeedFailedEvent event, CommandGateway commands, DeadlineManager deadlines) {
        if (runId == null) {
            String reason = SyncReasons.failed(event);
            event.entries().forEach(entry -> failEntry(commands, entry, reason, event.at()));
        }
        complete(deadlines);
    }

    @SagaEventHandler(associationProperty = FEED_ID)
    public void on(FeedCompletedEvent event, DeadlineManager deadlines) {
        complete(deadlines);
    }

    private void failEntry(CommandGateway commands, QueueItemId entry, String reason, Instant at) {
        commands.send(new RecordQueueItemSyncFailedCommand(entry, feedId, builtAt, reason, at));
    }

    private void complete(DeadlineManager deadlines) {
        SagaDeadlines.cancel(deadlines, POLL_DEADLINE, pollDeadlineId);
        SagaDeadlines.cancel(deadlines, VERIFY_DEADLINE, verifyDeadlineId);
        SagaLifecycle.end();
    }
}
