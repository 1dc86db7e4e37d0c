// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.queue.QueueEntryView;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.queue.QueueRules;
import io.sellersync.messages.shared.BusinessError;
import io.sellersync.messages.shared.Money;
import io.sellersync.messages.twophase.TwoPhaseSyncEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The feed builder's decisions, in one place for the preview the user confirms and the feed that is built: one
 * message per seller SKU, {@code PATCH} when Amazon has the offer and {@code UPDATE} (new offer) when not, quantity
 * absolute = the live quantity read just now + the units the entries add (a reprice adds none and sends the price
 * only), at most {@value #MAX_MESSAGES} messages. Entries with an open conflict, already in a feed, for a SKU another
 * feed is still applying, or breaking the account's floor or ceiling are left out with the reason; so are entries that
 * add units to an offer Amazon fulfils (FBA: its quantity is Amazon's stock), whose reprices send the price only. An
 * entry the last feed did not apply needs confirmation: its units may be live already, and a re-send adds them twice.
 */
public final class FeedPlanner {

    /** The feed schema's {@code maxItems}. */
    public static final int MAX_MESSAGES = 25_000;

    private FeedPlanner() {}

    /**
     * @param entries the queue entries of one account and marketplace
     * @param live the fresh live read by seller SKU (absent = Amazon has no offer)
     * @param busySkus SKUs of feeds still in flight for this target
     * @param rails the account's guard rails now (null = defaults)
     */
    public static FeedPlan plan(
            List<QueueEntryView> entries, Map<String, ObservedOffer> live, Set<String> busySkus, GuardRails rails) {
        GuardRails guardRails = rails == null ? GuardRails.DEFAULT : rails;
        List<FeedPlan.Skipped> skipped = new ArrayList<>();
        List<FeedPlan.Warning> warnings = new ArrayList<>();
        Map<String, List<QueueEntryView>> bySku = new TreeMap<>();
        for (QueueEntryView entry : entries) {
            String reason = leftOut(entry, busySkus, guardRails);
            if (reason != null) {
                skipped.add(new FeedPlan.Skipped(entry.queueItemId(), entry.sellerSku(), reason));
            } else {
                bySku.computeIfAbsent(entry.sellerSku(), k -> new ArrayList<>()).add(entry);
            }
        }
        List<FeedMessage> messages = new ArrayList<>();
        int deferred = 0;
        for (Map.Entry<String, List<QueueEntryView>> group : bySku.entrySet()) {
            if (messages.size() == MAX_MESSAGES) {
                deferred++;
                continue;
            }
            FeedMessage message =
                    message(messages.size() + 1, group.getKey(), group.getValue(), live.get(group.getKey()), skipped);
            if (message != null) {
                messages.add(message);
                warnings.addAll(warnings(message, group.getValue(), guardRails));
            }
        }
        return new FeedPlan(messages, skipped, warnings, deferred);
    }

    private static String leftOut(QueueEntryView entry, Set<String> busySkus, GuardRails rails) {
        if (entry.hasConflict()) {
            return "Resolve the price conflict first";
        }
        if (entry.inRun()) {
            return "Part of two-phase run " + TwoPhaseSyncEvent.shortId(entry.runId()) + " until it ends";
        }
        if (entry.inFeed()) {
            return "Already in feed " + FeedEvent.shortId(entry.feedId());
        }
        if (busySkus.contains(entry.sellerSku())) {
            return "Another feed is still applying this SKU; it goes in the next feed";
        }
        if (entry.productType() == null || entry.productType().isBlank()) {
            return "Amazon's product type for this ASIN is unknown; queue the item again to look it up";
        }
        BusinessError rail = QueueRules.guardRails(entry.price(), rails);
        return rail == null ? null : rail.message();
    }

    private static FeedMessage message(
            int messageId, String sku, List<QueueEntryView> group, ObservedOffer live, List<FeedPlan.Skipped> skipped) {
        QueueEntryView first = group.get(0);
        Money price = first.price();
        List<QueueItemId> ids = group.stream().map(QueueEntryView::queueItemId).toList();
        if (group.stream().anyMatch(e -> !e.price().sameAmount(price))) {
            group.forEach(e -> skipped.add(new FeedPlan.Skipped(
                    e.queueItemId(), sku, "Entries for this SKU have different prices; resolve them first")));
            return null;
        }
        boolean exists = live != null && live.found();
        int units = group.stream()
                .filter(e -> !e.reprice())
                .mapToInt(QueueEntryView::quantity)
                .sum();
        if (exists && !live.merchantFulfilled() && units > 0) {
            group.forEach(e -> skipped.add(new FeedPlan.Skipped(
                    e.queueItemId(),
                    sku,
                    "Fulfilled by Amazon: its quantity is Amazon's stock; sellersync does not change it")));
            return null;
        }
        Integer liveQuantity = exists ? live.quantity() : null;
        if (!exists && units == 0) {
            group.forEach(e -> skipped.add(new FeedPlan.Skipped(
                    e.queueItemId(), sku, "Amazon no longer has this offer; queue the item to list it again")));
            return null;
        }
        Integer quantity = units == 0 ? null : (liveQuantity == null ? 0 : liveQuantity) + units;
        return new FeedMessage(
                messageId,
                sku,
                exists ? FeedOperation.PATCH : FeedOperation.UPDATE,
                first.productType(),
                first.asin(),
                first.condition(),
                price,
                quantity,
                exists ? live.price() : null,
                liveQuantity,
                units,
                ids);
    }

    private static List<FeedPlan.Warning> warnings(FeedMessage message, List<QueueEntryView> group, GuardRails rails) {
        List<FeedPlan.Warning> warnings = new ArrayList<>();
        Money live = message.livePrice();
        if (live != null && QueueRules.needsConfirmation(message.price(), live, rails)) {
            warnings.add(new FeedPlan.Warning(
                    message.sku(),
                    "Price %s is %s%% away from Amazon's %s (guard rail %s%%)"
                            .formatted(
                                    message.price(), change(message.price(), live), live, rails.maxChangePercent())));
        } else if (group.stream().anyMatch(QueueEntryView::needsConfirmation)) {
            warnings.add(new FeedPlan.Warning(
                    message.sku(), "Price %s was marked for confirmation when queued".formatted(message.price())));
        }
        Money queuedLive = group.get(0).livePrice();
        if (live != null && queuedLive != null && !queuedLive.sameAmount(live)) {
            warnings.add(new FeedPlan.Warning(
                    message.sku(),
                    "Amazon's price changed since the item was queued: %s, now %s".formatted(queuedLive, live)));
        }
        String shows = message.liveQuantity() == null
                ? "Amazon now shows no offer"
                : "Amazon now shows quantity " + message.liveQuantity();
        group.stream()
                .map(QueueEntryView::lastFailure)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(failure -> warnings.add(new FeedPlan.Warning(
                        message.sku(),
                        "The last feed did not apply this entry (%s); %s. Check it before sending the units again"
                                .formatted(failure, shows))));
        Integer queuedQuantity = group.get(0).liveQuantity();
        if (message.liveQuantity() != null
                && queuedQuantity != null
                && !Objects.equals(queuedQuantity, message.liveQuantity())
                && message.quantity() != null) {
            warnings.add(new FeedPlan.Warning(
                    message.sku(),
                    "Amazon's quantity changed since the item was queued (%d, now %d): %d will be sent"
                            .formatted(queuedQuantity, message.liveQuantity(), message.quantity())));
        }
        return warnings;
    }

    private static BigDecimal change(Money price, Money live) {
        if (live.amount().signum() == 0) {
            return new BigDecimal("100");
        }
        return price.amount()
                .subtract(live.amount())
                .abs()
                .multiply(new BigDecimal("100"))
                .divide(live.amount(), 1, RoundingMode.HALF_UP);
    }
}
