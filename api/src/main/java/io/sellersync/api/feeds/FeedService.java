// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.feeds;

import io.sellersync.api.config.TwoPhaseProperties;
import io.sellersync.api.graphql.GraphQlErrors;
import io.sellersync.api.queue.QueueService;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.BuildFeedCommand;
import io.sellersync.messages.feed.CancelFeedCommand;
import io.sellersync.messages.feed.FeedDetailView;
import io.sellersync.messages.feed.FeedDocumentView;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.FeedPayloadRef;
import io.sellersync.messages.feed.FeedPlan;
import io.sellersync.messages.feed.FeedPlanner;
import io.sellersync.messages.feed.FeedView;
import io.sellersync.messages.feed.FeedsInFlightView;
import io.sellersync.messages.feed.FindFeedDocumentQuery;
import io.sellersync.messages.feed.FindFeedQuery;
import io.sellersync.messages.feed.FindFeedsInFlightQuery;
import io.sellersync.messages.feed.LiveOffers;
import io.sellersync.messages.feed.ObservedOffer;
import io.sellersync.messages.feed.ReadLiveOffersQuery;
import io.sellersync.messages.feed.StoreFeedPayloadCommand;
import io.sellersync.messages.queue.QueueEntryView;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.twophase.ListSyncRunsQuery;
import io.sellersync.messages.twophase.StartTwoPhaseSyncCommand;
import io.sellersync.messages.twophase.SyncRunId;
import io.sellersync.messages.twophase.SyncRunPage;
import io.sellersync.messages.twophase.TwoPhasePlan;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sending the queue to Amazon: the plan (what a submit would send right now, from a fresh live read), dry runs and
 * submissions (each re-plans fresh, so nothing is built from what a page showed minutes ago), cancel, and the stored
 * documents. Only gateways and messages; the feed's life after the build belongs to the aggregate, the saga and the
 * integration handlers.
 */
@Service
public class FeedService {

    private static final Logger log = LoggerFactory.getLogger(FeedService.class);

    /**
     * The plan for one target and the target's words for messages ("Acme — UK"). {@code plannedAt} is taken before the
     * queue is read and becomes the feed's build time: an entry removed and queued again after that read has a later
     * {@code queuedAt}, so this feed's outcome never touches it (QueueItem ignores outcomes of feeds built before it was
     * queued).
     */
    public record TargetPlan(
            AccountId accountId, MarketplaceId marketplaceId, String target, FeedPlan plan, Instant plannedAt) {}

    /** A stored document to download. */
    public record Document(String fileName, byte[] content) {}

    /** Which stored document of a feed. */
    public enum DocumentKind {
        PAYLOAD,
        REPORT
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final QueueService queue;
    private final Clock clock;
    private final TwoPhaseProperties twoPhase;

    FeedService(
            CommandGateway commands,
            QueryGateway queries,
            QueueService queue,
            Clock clock,
            TwoPhaseProperties twoPhase) {
        this.commands = commands;
        this.queries = queries;
        this.queue = queue;
        this.clock = clock;
        this.twoPhase = twoPhase;
    }

    /** What a submit for this account and marketplace would send right now. */
    public FeedPlan plan(AccountId accountId, MarketplaceId marketplaceId) {
        return targetPlan(accountId, marketplaceId).plan();
    }

    /** The plan with the target it was made for (account checked, marketplace enabled, no re-authorization due). */
    public TargetPlan targetPlan(AccountId accountId, MarketplaceId marketplaceId) {
        QueueService.Target target = require(accountId, marketplaceId);
        return planFor(target, inFlight(target));
    }

    /** Builds a dry run from a fresh plan: validated message by message, never submitted. */
    public FeedStarted dryRun(AccountId accountId, MarketplaceId marketplaceId) {
        return dryRun(accountId, marketplaceId, FeedId.random());
    }

    public FeedStarted dryRun(AccountId accountId, MarketplaceId marketplaceId, FeedId feedId) {
        QueueService.Target target = require(accountId, marketplaceId);
        TargetPlan planned = planFor(target, inFlight(target));
        FeedDecisions.requireMessages(planned.plan(), planned.target());
        return build(planned, FeedKind.DRY_RUN, feedId);
    }

    /** Builds and submits a fresh plan; refused while it has unconfirmed warnings or another submission is applied. */
    public FeedStarted submit(AccountId accountId, MarketplaceId marketplaceId, boolean confirm) {
        return submit(accountId, marketplaceId, confirm, null, FeedId.random());
    }

    /**
     * @param confirmedWarnings the warnings the user saw and confirmed (the confirmation page); null = any (the API's
     *     {@code confirm: true})
     */
    public FeedStarted submit(
            AccountId accountId,
            MarketplaceId marketplaceId,
            boolean confirm,
            Collection<String> confirmedWarnings,
            FeedId feedId) {
        QueueService.Target target = require(accountId, marketplaceId);
        return build(planToSubmit(target, confirm, confirmedWarnings), FeedKind.SUBMISSION, feedId);
    }

    /** The fresh plan a submit or a run sends, after every refusal that comes before anything is stored. */
    private TargetPlan planToSubmit(QueueService.Target target, boolean confirm, Collection<String> confirmedWarnings) {
        FeedsInFlightView inFlight = inFlight(target);
        FeedDecisions.refuseWhileInFlight(inFlight, words(target));
        FeedDecisions.refuseWhileRunInFlight(runsInFlight(target), words(target));
        TargetPlan planned = planFor(target, inFlight);
        FeedDecisions.requireMessages(planned.plan(), planned.target());
        FeedDecisions.requireConfirmation(planned.plan(), confirm, confirmedWarnings);
        return planned;
    }

    /**
     * Starts a two-phase run from a fresh plan: its price feed's document (prices only, new offers at quantity 0) is
     * stored first, then the run starts and takes the target's slot; the run's saga builds and follows the rest.
     * Refused like a submission: while it has unconfirmed warnings, or another submission or run holds the target.
     */
    public RunStarted startTwoPhase(
            AccountId accountId,
            MarketplaceId marketplaceId,
            boolean confirm,
            Collection<String> confirmedWarnings,
            SyncRunId runId) {
        QueueService.Target target = require(accountId, marketplaceId);
        TargetPlan planned = planToSubmit(target, confirm, confirmedWarnings);
        FeedPlan plan = planned.plan();
        FeedPayloadRef payload = store(planned, TwoPhasePlan.priceMessages(plan.messages()));
        FeedId priceFeed = new FeedId(runId.derive("price"));
        send(
                new StartTwoPhaseSyncCommand(
                        runId,
                        accountId,
                        marketplaceId,
                        plan.messages(),
                        priceFeed,
                        payload,
                        twoPhase.limits(),
                        planned.plannedAt()),
                "run",
                "The two-phase run for " + planned.target() + " could not be started");
        log.info(
                "Started two-phase run {} for account {} marketplace {}: {} SKUs, {} left out, {} deferred",
                runId,
                accountId,
                marketplaceId,
                plan.messages().size(),
                plan.skipped().size(),
                plan.deferredSkus());
        return new RunStarted(runId, priceFeed, plan.messages().size(), plan.skipped(), plan.deferredSkus());
    }

    /** Asks Amazon to cancel a feed still in its queue; the aggregate refuses anything else. */
    public void cancel(FeedId feedId) {
        if (find(feedId).isEmpty()) {
            throw new BusinessException(ErrorCode.NOT_FOUND, "id", "No feed " + feedId);
        }
        commands.sendAndWait(new CancelFeedCommand(feedId, Instant.now(clock)));
    }

    public Optional<FeedDetailView> find(FeedId feedId) {
        return Optional.ofNullable(
                queries.query(new FindFeedQuery(feedId), ResponseTypes.instanceOf(FeedDetailView.class))
                        .join());
    }

    /** The exact payload or processing report of a feed; empty when the feed or the document is unknown. */
    public Optional<Document> document(FeedId feedId, DocumentKind kind) {
        Optional<FeedView> feed = find(feedId).map(FeedDetailView::feed);
        String digest = feed.map(f -> kind == DocumentKind.PAYLOAD ? f.payloadDigest() : f.reportDigest())
                .orElse(null);
        if (digest == null) {
            return Optional.empty();
        }
        FeedDocumentView view = queries.query(
                        new FindFeedDocumentQuery(digest), ResponseTypes.instanceOf(FeedDocumentView.class))
                .join();
        if (view == null || view.content() == null) {
            return Optional.empty();
        }
        String name = "feed-" + feedId.value() + "-" + (kind == DocumentKind.PAYLOAD ? "payload" : "report") + ".json";
        return Optional.of(new Document(name, view.content()));
    }

    private FeedStarted build(TargetPlan planned, FeedKind kind, FeedId feedId) {
        FeedPlan plan = planned.plan();
        FeedPayloadRef payload = store(planned, plan.messages());
        send(
                new BuildFeedCommand(
                        feedId,
                        planned.accountId(),
                        planned.marketplaceId(),
                        kind,
                        plan.messages(),
                        payload,
                        planned.plannedAt()),
                "feed",
                "The feed for " + planned.target() + " could not be built");
        log.info(
                "Built {} {} for account {} marketplace {}: {} messages, {} left out, {} deferred",
                kind,
                feedId,
                planned.accountId(),
                planned.marketplaceId(),
                plan.messages().size(),
                plan.skipped().size(),
                plan.deferredSkus());
        return new FeedStarted(feedId, plan.messages().size(), plan.skipped(), plan.deferredSkus());
    }

    private FeedPayloadRef store(TargetPlan planned, List<FeedMessage> messages) {
        FeedPayloadRef payload = send(
                new StoreFeedPayloadCommand(planned.accountId(), planned.marketplaceId(), messages),
                "payload",
                "The feed document for " + planned.target() + " could not be stored");
        if (payload == null) {
            throw new BusinessException(
                    ErrorCode.CONFLICT,
                    "payload",
                    "The feed document for " + planned.target()
                            + " could not be stored (no reference came back); nothing was built, try again in a moment");
        }
        return payload;
    }

    /**
     * Sends a command; a refusal (BusinessException) travels as is, any other failure becomes a refusal naming what
     * failed and its cause, so the page and the API say why and that nothing was built.
     */
    private <R> R send(Object command, String field, String what) {
        try {
            return commands.sendAndWait(command);
        } catch (RuntimeException e) {
            Throwable cause = unwrap(e);
            if (GraphQlErrors.businessError(cause).isPresent()) {
                throw cause instanceof RuntimeException r ? r : e;
            }
            log.warn("{} failed: {}", command.getClass().getSimpleName(), what, cause);
            throw new BusinessException(
                    ErrorCode.CONFLICT,
                    field,
                    what + " (" + reason(cause) + "); nothing was built, try again in a moment");
        }
    }

    private TargetPlan planFor(QueueService.Target target, FeedsInFlightView inFlight) {
        // the build time is taken before the queue is read (see TargetPlan)
        Instant plannedAt = Instant.now(clock);
        AccountId accountId = target.account().accountId();
        MarketplaceId marketplaceId = target.marketplaceId();
        String words = words(target);
        List<QueueEntryView> entries = queue.list(accountId, marketplaceId);
        List<String> skus = FeedDecisions.skusToRead(entries, inFlight.skus());
        Map<String, ObservedOffer> live = skus.isEmpty() ? Map.of() : readLive(accountId, marketplaceId, skus, words);
        FeedPlan plan = FeedPlanner.plan(
                entries, live, inFlight.skus(), target.account().guardRailsOrDefault());
        return new TargetPlan(accountId, marketplaceId, words, plan, plannedAt);
    }

    private Map<String, ObservedOffer> readLive(
            AccountId accountId, MarketplaceId marketplaceId, List<String> skus, String target) {
        try {
            LiveOffers offers = queries.query(
                            new ReadLiveOffersQuery(accountId, marketplaceId, skus),
                            ResponseTypes.instanceOf(LiveOffers.class))
                    .join();
            if (offers == null) {
                // no answer is not "nothing is live": planning on it would send every SKU as a new offer
                throw new IllegalStateException("no answer");
            }
            return offers.bySku();
        } catch (RuntimeException e) {
            Throwable cause = unwrap(e);
            if (GraphQlErrors.businessError(cause).isPresent()) {
                throw cause instanceof RuntimeException r ? r : e;
            }
            log.warn("Live read for account {} marketplace {} failed", accountId, marketplaceId, cause);
            throw new BusinessException(
                    ErrorCode.CONFLICT,
                    "liveOffers",
                    "Amazon's live offers for " + target + " could not be read (" + reason(cause)
                            + "); nothing was built, try again in a moment");
        }
    }

    private FeedsInFlightView inFlight(QueueService.Target target) {
        FeedsInFlightView view = queries.query(
                        new FindFeedsInFlightQuery(target.account().accountId(), target.marketplaceId()),
                        ResponseTypes.instanceOf(FeedsInFlightView.class))
                .join();
        return view == null ? new FeedsInFlightView(List.of(), Set.of()) : view;
    }

    private SyncRunPage runsInFlight(QueueService.Target target) {
        SyncRunPage runs = queries.query(
                        new ListSyncRunsQuery(target.account().accountId(), target.marketplaceId(), true, 0, 1),
                        ResponseTypes.instanceOf(SyncRunPage.class))
                .join();
        return runs == null ? new SyncRunPage(List.of(), 0) : runs;
    }

    private QueueService.Target require(AccountId accountId, MarketplaceId marketplaceId) {
        if (accountId == null) {
            throw BusinessException.invalid("accountId", "Choose the account to send");
        }
        if (marketplaceId == null) {
            throw BusinessException.invalid("marketplaceId", "Choose the marketplace to send");
        }
        return queue.target(accountId, marketplaceId);
    }

    private static String words(QueueService.Target target) {
        return target.account().name() + " — " + Marketplaces.countryCode(target.marketplaceId());
    }

    /** The cause's first line, short enough for a flash message. */
    private static String reason(Throwable cause) {
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElse(message.strip());
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable error = e;
        while (error instanceof CompletionException && error.getCause() != null) {
            error = error.getCause();
        }
        return error;
    }
}
