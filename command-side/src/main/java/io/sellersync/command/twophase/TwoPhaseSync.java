// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.twophase;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.MessageResult;
import io.sellersync.messages.feed.ObservedOffer;
import io.sellersync.messages.feed.VerificationState;
import io.sellersync.messages.feed.VerifiedItem;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.twophase.EndPhaseCommand;
import io.sellersync.messages.twophase.FailPhaseCommand;
import io.sellersync.messages.twophase.QuantityPhaseDeferredEvent;
import io.sellersync.messages.twophase.QuantityPhaseStartedEvent;
import io.sellersync.messages.twophase.RecordPhaseResultsCommand;
import io.sellersync.messages.twophase.RecordQuantityPhaseDeferredCommand;
import io.sellersync.messages.twophase.RecordRescueReadBackCommand;
import io.sellersync.messages.twophase.RecordSkuRescueStepCommand;
import io.sellersync.messages.twophase.RequestRescueReadBackCommand;
import io.sellersync.messages.twophase.RescueReadBackRequestedEvent;
import io.sellersync.messages.twophase.RescueStep;
import io.sellersync.messages.twophase.RetryQuantityPhaseCommand;
import io.sellersync.messages.twophase.RunLimits;
import io.sellersync.messages.twophase.RunSkuState;
import io.sellersync.messages.twophase.RunStep;
import io.sellersync.messages.twophase.SettledSku;
import io.sellersync.messages.twophase.SkuOffer;
import io.sellersync.messages.twophase.SkuPricesLiveEvent;
import io.sellersync.messages.twophase.SkuReason;
import io.sellersync.messages.twophase.SkuRescueRequestedEvent;
import io.sellersync.messages.twophase.SkuRescueStepRecordedEvent;
import io.sellersync.messages.twophase.SkusSettledEvent;
import io.sellersync.messages.twophase.StartTwoPhaseSyncCommand;
import io.sellersync.messages.twophase.SyncRunId;
import io.sellersync.messages.twophase.TwoPhaseSyncCompletedEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncFailedEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncPartialEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncStartedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One two-phase run: prices first, verified live, only then quantities. It holds the rule that matters most, so no
 * saga or handler bug can break it: a SKU's quantity is sent only once its new price has been seen live (in the price
 * phase's read-back, or again after a rescue), and a SKU that shows its quantity with a missing or wrong price is
 * rescued — quantity back to 0, price patched — before anything else. It owns the SKUs (and queue entries) it started
 * with; every command is idempotent, so a redelivery or a late report changes nothing.
 */
class TwoPhaseSync {

    /** How often the quantity feed is tried before the run fails in that phase. */
    static final int MAX_QUANTITY_ATTEMPTS = 5;

    @AggregateIdentifier
    private SyncRunId runId;

    private AccountId accountId;
    private MarketplaceId marketplaceId;
    private RunLimits limits;
    private FeedId priceFeedId;
    private FeedId quantityFeedId;
    private RunStep phase;
    private int quantityAttempt;
    private boolean quantityDeferred;
    private int rescueRound;
    private Instant rescueRoundAt;
    private final Map<String, RunSku> skus = new LinkedHashMap<>();

    TwoPhaseSync() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(StartTwoPhaseSyncCommand command) {
        if (phase != null) {
            return; // started already
        }
        RunRules.checkStart(command);
        apply(new TwoPhaseSyncStartedEvent(
                command.runId(),
                command.accountId(),
                command.marketplaceId(),
                command.messages(),
                command.priceFeedId(),
                command.pricePayload(),
                command.limits(),
                command.startedAt()));
    }

    @CommandHandler
    void handle(RecordPhaseResultsCommand command) {
        boolean pricePhase = phaseOf(command.feedId());
        if (phase == RunStep.ENDED) {
            return;
        }
        RunSkuState waiting = pricePhase ? RunSkuState.PRICE_PENDING : RunSkuState.QUANTITY_PENDING;
        List<SettledSku> settled = new ArrayList<>();
        for (MessageResult result : command.refused()) {
            RunSku sku = skus.get(result.sku());
            if (sku != null && sku.state == waiting) {
                settled.add(sku.settle(RunSkuState.FAILED, RunReasons.refused(pricePhase, result), null, null));
            }
        }
        List<SkuOffer> live = new ArrayList<>();
        List<SkuRescueRequestedEvent> rescues = new ArrayList<>();
        for (VerifiedItem item : command.verified()) {
            RunSku sku = skus.get(item.sku());
            if (sku == null || sku.state != waiting) {
                continue;
            }
            if (pricePhase) {
                pricePhaseResult(sku, item, live, settled);
            } else {
                quantityPhaseResult(sku, item, command.at(), rescues, settled);
            }
        }
        if (!live.isEmpty()) {
            apply(new SkuPricesLiveEvent(runId, live, command.at()));
            live.stream()
                    .map(offer -> skus.get(offer.sku()))
                    .filter(sku -> sku.planned.unitsAdded() == 0)
                    .forEach(sku -> settled.add(
                            sku.settle(RunSkuState.VERIFIED, null, sku.observedPrice, sku.observedQuantity)));
        }
        settle(settled, command.at());
        for (SkuRescueRequestedEvent rescue : rescues) {
            apply(rescue);
        }
        endIfDone(command.at());
    }

    private void pricePhaseResult(RunSku sku, VerifiedItem item, List<SkuOffer> live, List<SettledSku> settled) {
        if (item.state() == VerificationState.VERIFIED) {
            live.add(new SkuOffer(sku.sku(), item.observedPrice(), item.observedQuantity()));
        } else {
            settled.add(sku.settle(
                    RunSkuState.HELD,
                    RunReasons.priceNotLive(item, sku.price(), limits.priceTimeout()),
                    item.observedPrice(),
                    item.observedQuantity()));
        }
    }

    private void quantityPhaseResult(
            RunSku sku,
            VerifiedItem item,
            Instant at,
            List<SkuRescueRequestedEvent> rescues,
            List<SettledSku> settled) {
        boolean priceRight = sku.priceMatches(item.observedPrice());
        boolean buyable = item.observedQuantity() != null && item.observedQuantity() > 0;
        if (item.state() == VerificationState.VERIFIED && priceRight) {
            settled.add(sku.settle(RunSkuState.VERIFIED, null, item.observedPrice(), item.observedQuantity()));
        } else if (buyable && !priceRight) {
            rescues.add(rescue(sku, RescueStep.ZERO_AND_PRICE, 0, item.observedQuantity(), 1, at));
        } else {
            settled.add(sku.settle(
                    RunSkuState.FAILED,
                    RunReasons.quantityNotLive(item),
                    item.observedPrice(),
                    item.observedQuantity()));
        }
    }

    @CommandHandler
    void handle(EndPhaseCommand command) {
        boolean pricePhase = phaseOf(command.feedId());
        if (phase == RunStep.ENDED || (pricePhase && phase != RunStep.PRICE)) {
            return;
        }
        RunSkuState waiting = pricePhase ? RunSkuState.PRICE_PENDING : RunSkuState.QUANTITY_PENDING;
        String reason = pricePhase
                ? "held: the price feed ended without a read-back result for this SKU; its quantity was not sent"
                : "the quantity feed ended without a read-back result for this SKU (the new price is live)";
        settle(
                skus.values().stream()
                        .filter(sku -> sku.state == waiting)
                        .map(sku -> sku.settle(
                                pricePhase ? RunSkuState.HELD : RunSkuState.FAILED,
                                reason,
                                sku.observedPrice,
                                sku.observedQuantity))
                        .toList(),
                command.at());
        List<FeedMessage> push =
                inState(RunSkuState.PRICE_LIVE).stream().map(sku -> sku.planned).toList();
        if (pricePhase && !push.isEmpty()) {
            apply(new QuantityPhaseStartedEvent(
                    runId, accountId, marketplaceId, quantityFeedId(), push, 1, command.at()));
        }
        endIfDone(command.at());
    }

    @CommandHandler
    void handle(FailPhaseCommand command) {
        boolean pricePhase = phaseOf(command.feedId());
        if (phase == RunStep.ENDED) {
            return;
        }
        String why = command.reason() == null || command.reason().isBlank()
                ? String.valueOf(command.failure())
                : command.reason();
        RunSkuState waiting = pricePhase ? RunSkuState.PRICE_PENDING : RunSkuState.QUANTITY_PENDING;
        String reason = pricePhase
                ? "the price feed failed: " + why
                : "the quantity feed failed (the new price is live, the quantity unchanged): " + why;
        failRun(pricePhase ? RunStep.PRICE : RunStep.QUANTITY, waiting, reason, command.at());
    }

    @CommandHandler
    void handle(RecordQuantityPhaseDeferredCommand command) {
        if (phase != RunStep.QUANTITY || quantityDeferred || command.attempt() != quantityAttempt) {
            return;
        }
        if (command.attempt() >= MAX_QUANTITY_ATTEMPTS) {
            failRun(
                    RunStep.QUANTITY,
                    RunSkuState.QUANTITY_PENDING,
                    "the quantity feed could not be built after %d attempts (the new price is live, the quantity unchanged): %s"
                            .formatted(command.attempt(), command.reason()),
                    command.at());
            return;
        }
        apply(new QuantityPhaseDeferredEvent(runId, command.attempt(), command.reason(), command.at()));
    }

    @CommandHandler
    void handle(RetryQuantityPhaseCommand command) {
        if (phase != RunStep.QUANTITY || !quantityDeferred || command.attempt() != quantityAttempt + 1) {
            return;
        }
        List<FeedMessage> push = inState(RunSkuState.QUANTITY_PENDING).stream()
                .map(sku -> sku.planned)
                .toList();
        apply(new QuantityPhaseStartedEvent(
                runId, accountId, marketplaceId, quantityFeedId, push, command.attempt(), command.at()));
    }

    @CommandHandler
    void handle(RecordSkuRescueStepCommand command) {
        RunSku sku = skus.get(command.sku());
        if (sku == null) {
            throw BusinessException.invalid("sku", "SKU " + command.sku() + " is not part of run " + shortId());
        }
        if (sku.state != RunSkuState.RESCUING
                || sku.rescueStep != command.step()
                || sku.rescueAttempt != command.attempt()
                || sku.stepAccepted) {
            return; // a repeat, or an answer to a step that is over
        }
        apply(new SkuRescueStepRecordedEvent(
                runId,
                sku.sku(),
                command.step(),
                command.attempt(),
                command.accepted(),
                command.reason(),
                command.at()));
        if (!command.accepted()) {
            boolean zeroing = command.step() == RescueStep.ZERO_AND_PRICE;
            settle(
                    List.of(sku.settle(
                            zeroing ? RunSkuState.FAILED : RunSkuState.HELD,
                            zeroing
                                    ? "Amazon refused setting the quantity to 0 and the price to %s (%s): the offer may be buyable at a wrong price, check it in Seller Central"
                                            .formatted(sku.price(), command.reason())
                                    : "held: the new price is live but Amazon refused restoring the quantity (%s); the quantity is 0"
                                            .formatted(command.reason()),
                            sku.observedPrice,
                            sku.observedQuantity)),
                    command.at());
            endIfDone(command.at());
        }
    }

    /** A rescue read-back round is due: rescues past their timeout end as held, the rest are read again. */
    @CommandHandler
    void handle(RequestRescueReadBackCommand command) {
        Instant now = command.now();
        if (phase == RunStep.ENDED || (rescueRoundAt != null && !now.isAfter(rescueRoundAt))) {
            return;
        }
        List<SettledSku> over = new ArrayList<>();
        List<SkuOffer> expected = new ArrayList<>();
        for (RunSku sku : skus.values()) {
            if (!sku.awaitingReadBack()) {
                continue;
            }
            if (!now.isBefore(sku.stepAcceptedAt.plus(limits.rescueTimeout()))) {
                over.add(sku.settle(
                        RunSkuState.HELD,
                        sku.rescueStep == RescueStep.ZERO_AND_PRICE
                                ? "held: after a rescue the new price %s was not live within %s; the quantity is 0"
                                        .formatted(sku.price(), RunReasons.words(limits.rescueTimeout()))
                                : "held: the restored quantity %d was not seen live within %s"
                                        .formatted(sku.restoreTo, RunReasons.words(limits.rescueTimeout())),
                        sku.observedPrice,
                        sku.observedQuantity));
            } else {
                expected.add(new SkuOffer(
                        sku.sku(), sku.price(), sku.rescueStep == RescueStep.ZERO_AND_PRICE ? 0 : sku.restoreTo));
            }
        }
        settle(over, now);
        if (!expected.isEmpty()) {
            apply(new RescueReadBackRequestedEvent(runId, accountId, marketplaceId, rescueRound + 1, expected, now));
        }
        endIfDone(now);
    }

    @CommandHandler
    void handle(RecordRescueReadBackCommand command) {
        if (phase == RunStep.ENDED) {
            return;
        }
        if (command.round() < 1 || command.round() > rescueRound) {
            throw BusinessException.invalid(
                    "round", "Rescue read-back round " + command.round() + " was never requested");
        }
        Map<String, ObservedOffer> bySku = command.observed().stream()
                .filter(ObservedOffer::found)
                .collect(Collectors.toMap(ObservedOffer::sku, Function.identity(), (a, b) -> b));
        List<SettledSku> settled = new ArrayList<>();
        List<SkuRescueRequestedEvent> next = new ArrayList<>();
        for (RunSku sku : skus.values()) {
            ObservedOffer seen = bySku.get(sku.sku());
            if (seen != null && sku.awaitingReadBack()) {
                rescueReadBack(sku, seen, command.at(), settled, next);
            }
        }
        settle(settled, command.at());
        for (SkuRescueRequestedEvent rescue : next) {
            apply(rescue);
        }
        endIfDone(command.at());
    }

    private void rescueReadBack(
            RunSku sku, ObservedOffer seen, Instant at, List<SettledSku> settled, List<SkuRescueRequestedEvent> next) {
        boolean priceRight = sku.priceMatches(seen.price());
        int quantity = seen.quantity() == null ? 0 : seen.quantity();
        if (sku.rescueStep == RescueStep.ZERO_AND_PRICE) {
            if (!priceRight || quantity != 0) {
                return; // the patch is not live yet
            }
            if (sku.rescueAttempt > limits.maxRescues()) {
                settled.add(sku.settle(
                        RunSkuState.HELD,
                        "held: the price went wrong again after %d rescues; the quantity is left at 0"
                                .formatted(limits.maxRescues()),
                        seen.price(),
                        seen.quantity()));
            } else {
                next.add(rescue(sku, RescueStep.RESTORE_QUANTITY, sku.restoreTo, sku.restoreTo, sku.rescueAttempt, at));
            }
        } else if (priceRight && quantity == sku.restoreTo) {
            settled.add(sku.settle(RunSkuState.VERIFIED, null, seen.price(), seen.quantity()));
        } else if (!priceRight && quantity > 0) {
            next.add(rescue(sku, RescueStep.ZERO_AND_PRICE, 0, quantity, sku.rescueAttempt + 1, at));
        }
    }

    private SkuRescueRequestedEvent rescue(
            RunSku sku, RescueStep step, int quantity, int restoreTo, int attempt, Instant at) {
        return new SkuRescueRequestedEvent(
                runId,
                accountId,
                marketplaceId,
                sku.sku(),
                sku.planned.productType(),
                step,
                sku.price(),
                quantity,
                restoreTo,
                attempt,
                at);
    }

    /** Ends every SKU still {@code waiting} with {@code reason} and the run as failed in {@code failedPhase}. */
    private void failRun(RunStep failedPhase, RunSkuState waiting, String reason, Instant at) {
        settle(
                inState(waiting).stream()
                        .map(sku -> sku.settle(RunSkuState.FAILED, reason, sku.observedPrice, sku.observedQuantity))
                        .toList(),
                at);
        if (skus.values().stream().allMatch(sku -> sku.state.ended())) {
            apply(failed(failedPhase, reason, at));
        }
    }

    private void settle(List<SettledSku> settled, Instant at) {
        if (!settled.isEmpty()) {
            apply(new SkusSettledEvent(runId, settled, at));
        }
    }

    /** Once every SKU has ended: completed (all live), partial (some live) or failed (none live). */
    private void endIfDone(Instant at) {
        if (phase == RunStep.ENDED || !skus.values().stream().allMatch(sku -> sku.state.ended())) {
            return;
        }
        int verified = inState(RunSkuState.VERIFIED).size();
        if (verified == skus.size()) {
            int rescued =
                    (int) skus.values().stream().filter(sku -> sku.rescued).count();
            apply(new TwoPhaseSyncCompletedEvent(runId, accountId, marketplaceId, verified, rescued, at));
        } else if (verified > 0) {
            apply(new TwoPhaseSyncPartialEvent(
                    runId,
                    accountId,
                    marketplaceId,
                    verified,
                    inState(RunSkuState.HELD).size(),
                    inState(RunSkuState.FAILED).size(),
                    notLive(),
                    at));
        } else {
            apply(failed(
                    phase,
                    "no SKU got live: %d held, %d failed"
                            .formatted(
                                    inState(RunSkuState.HELD).size(),
                                    inState(RunSkuState.FAILED).size()),
                    at));
        }
    }

    private TwoPhaseSyncFailedEvent failed(RunStep failedPhase, String reason, Instant at) {
        return new TwoPhaseSyncFailedEvent(
                runId,
                accountId,
                marketplaceId,
                failedPhase,
                reason,
                inState(RunSkuState.VERIFIED).size(),
                inState(RunSkuState.HELD).size(),
                inState(RunSkuState.FAILED).size(),
                notLive(),
                at);
    }

    private List<SkuReason> notLive() {
        return skus.values().stream()
                .filter(sku -> sku.state == RunSkuState.HELD || sku.state == RunSkuState.FAILED)
                .map(sku -> new SkuReason(sku.sku(), sku.state, sku.reason))
                .toList();
    }

    private List<RunSku> inState(RunSkuState state) {
        return skus.values().stream().filter(sku -> sku.state == state).toList();
    }

    /** True for the run's price feed, false for its quantity feed; any other feed is refused. */
    private boolean phaseOf(FeedId feedId) {
        if (feedId != null && feedId.equals(priceFeedId)) {
            return true;
        }
        if (feedId != null && feedId.equals(quantityFeedId)) {
            return false;
        }
        throw new BusinessException(
                ErrorCode.CONFLICT, "feedId", "Feed %s is not a phase of run %s".formatted(feedId, shortId()));
    }

    private FeedId quantityFeedId() {
        return new FeedId(runId.derive("quantity"));
    }

    private String shortId() {
        return TwoPhaseSyncEvent.shortId(runId);
    }

    @EventSourcingHandler
    void on(TwoPhaseSyncStartedEvent event) {
        runId = event.runId();
        accountId = event.accountId();
        marketplaceId = event.marketplaceId();
        limits = event.limits();
        priceFeedId = event.priceFeedId();
        phase = RunStep.PRICE;
        event.messages().forEach(m -> skus.put(m.sku(), new RunSku(m)));
    }

    @EventSourcingHandler
    void on(SkuPricesLiveEvent event) {
        for (SkuOffer offer : event.skus()) {
            RunSku sku = skus.get(offer.sku());
            sku.state = RunSkuState.PRICE_LIVE;
            sku.observedPrice = offer.price();
            sku.observedQuantity = offer.quantity();
        }
    }

    @EventSourcingHandler
    void on(QuantityPhaseStartedEvent event) {
        phase = RunStep.QUANTITY;
        quantityFeedId = event.quantityFeedId();
        quantityAttempt = event.attempt();
        quantityDeferred = false;
        event.messages().forEach(m -> skus.get(m.sku()).state = RunSkuState.QUANTITY_PENDING);
    }

    @EventSourcingHandler
    void on(QuantityPhaseDeferredEvent event) {
        quantityDeferred = true;
    }

    @EventSourcingHandler
    void on(SkuRescueRequestedEvent event) {
        RunSku sku = skus.get(event.sku());
        sku.state = RunSkuState.RESCUING;
        sku.rescued = true;
        sku.rescueStep = event.step();
        sku.rescueAttempt = event.attempt();
        sku.restoreTo = event.restoreTo();
        sku.stepAccepted = false;
    }

    @EventSourcingHandler
    void on(SkuRescueStepRecordedEvent event) {
        if (event.accepted()) {
            RunSku sku = skus.get(event.sku());
            sku.stepAccepted = true;
            sku.stepAcceptedAt = event.at();
        }
    }

    @EventSourcingHandler
    void on(RescueReadBackRequestedEvent event) {
        rescueRound = event.round();
        rescueRoundAt = event.at();
    }

    @EventSourcingHandler
    void on(SkusSettledEvent event) {
        for (SettledSku settled : event.skus()) {
            RunSku sku = skus.get(settled.sku());
            sku.state = settled.state();
            sku.reason = settled.reason();
            sku.observedPrice = settled.observedPrice();
            sku.observedQuantity = settled.observedQuantity();
        }
    }

    @EventSourcingHandler
    void on(TwoPhaseSyncCompletedEvent event) {
        phase = RunStep.ENDED;
    }

    @EventSourcingHandler
    void on(TwoPhaseSyncPartialEvent event) {
        phase = RunStep.ENDED;
    }

    @EventSourcingHandler
    void on(TwoPhaseSyncFailedEvent event) {
        phase = RunStep.ENDED;
    }
}
