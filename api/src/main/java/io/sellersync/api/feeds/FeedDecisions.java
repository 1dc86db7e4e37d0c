// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.feeds;

import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedPlan;
import io.sellersync.messages.feed.FeedStatus;
import io.sellersync.messages.feed.FeedView;
import io.sellersync.messages.feed.FeedsInFlightView;
import io.sellersync.messages.queue.QueueEntryView;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.twophase.SyncRunPage;
import io.sellersync.messages.twophase.SyncRunView;
import io.sellersync.messages.twophase.TwoPhaseSyncEvent;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The refusals {@link FeedService} decides on its own, before anything is stored or built: an empty plan, warnings
 * nobody confirmed, a submission while another one for the same target is still being applied. Pure functions, so
 * they are tested without the other modules.
 */
final class FeedDecisions {

    /** How many reasons an "empty plan" refusal names before it says "and n more". */
    private static final int REASONS_NAMED = 3;

    private FeedDecisions() {}

    /** Refuses a plan without messages, naming the target and why the entries were left out. */
    static void requireMessages(FeedPlan plan, String target) {
        if (!plan.isEmpty()) {
            return;
        }
        if (plan.skipped().isEmpty()) {
            throw BusinessException.invalid(
                    "marketplaceId", "Nothing to send for " + target + ": the queue has no entries for it");
        }
        List<String> reasons = plan.skipped().stream()
                .map(s -> s.sku() + ": " + s.reason())
                .distinct()
                .toList();
        String named = String.join("; ", reasons.subList(0, Math.min(REASONS_NAMED, reasons.size())));
        String more = reasons.size() > REASONS_NAMED ? " (and " + (reasons.size() - REASONS_NAMED) + " more)" : "";
        throw BusinessException.invalid(
                "marketplaceId", "Nothing to send for " + target + ": every entry was left out (" + named + more + ")");
    }

    /**
     * Refuses a submission whose plan has warnings unless they were confirmed. {@code confirmedWarnings}, when given
     * (the confirmation page sends the warnings it showed), must cover every warning of the fresh plan, so a warning
     * that appeared after the page was shown is never confirmed blindly.
     */
    static void requireConfirmation(FeedPlan plan, boolean confirm, Collection<String> confirmedWarnings) {
        if (!plan.needsConfirmation()) {
            return;
        }
        List<String> warnings =
                plan.warnings().stream().map(FeedDecisions::text).toList();
        if (!confirm) {
            throw new BusinessException(
                    ErrorCode.CONFLICT, "confirm", "Confirm these changes to submit: " + String.join("; ", warnings));
        }
        if (confirmedWarnings != null) {
            List<String> unseen = warnings.stream()
                    .filter(w -> !confirmedWarnings.contains(w))
                    .toList();
            if (!unseen.isEmpty()) {
                throw new BusinessException(
                        ErrorCode.CONFLICT,
                        "confirm",
                        "The plan changed since you confirmed it; confirm these changes too: "
                                + String.join("; ", unseen));
            }
        }
    }

    /** One warning as the user reads (and confirms) it. */
    static String text(FeedPlan.Warning warning) {
        return warning.sku() + ": " + warning.message();
    }

    /**
     * A submission for the target that has not been processed yet (its slot is still taken: a second submission would
     * be refused); a feed in read-back no longer blocks (its SKUs wait for the next feed instead).
     */
    static Optional<FeedView> blockingSubmission(FeedsInFlightView inFlight) {
        return inFlight.feeds().stream()
                .filter(f -> f.kind() == FeedKind.SUBMISSION)
                .filter(f -> !f.status().finished() && f.status() != FeedStatus.VERIFYING)
                .findFirst();
    }

    static void refuseWhileInFlight(FeedsInFlightView inFlight, String target) {
        blockingSubmission(inFlight).ifPresent(f -> {
            throw new BusinessException(
                    ErrorCode.CONFLICT,
                    "marketplaceId",
                    "A submission for " + target + " is still in flight (feed " + shortId(f) + ", " + f.status()
                            + "); submit again when Amazon has processed it");
        });
    }

    /** Refuses a submission while a two-phase run holds the target (it owns the slot from its start to its end). */
    static void refuseWhileRunInFlight(SyncRunPage runs, String target) {
        runs.runs().stream().filter(SyncRunView::inFlight).findFirst().ifPresent(run -> {
            throw new BusinessException(
                    ErrorCode.CONFLICT,
                    "marketplaceId",
                    "A two-phase run for " + target + " is still in flight (run "
                            + TwoPhaseSyncEvent.shortId(run.runId()) + ", "
                            + run.step().name().toLowerCase(Locale.ROOT)
                            + " phase); submit again when it has ended");
        });
    }

    /** The SKUs worth a live read: entries the planner would not leave out without looking at Amazon. */
    static List<String> skusToRead(List<QueueEntryView> entries, Set<String> busySkus) {
        return entries.stream()
                .filter(e -> !e.hasConflict() && !e.inFeed() && !e.inRun() && !busySkus.contains(e.sellerSku()))
                .map(QueueEntryView::sellerSku)
                .distinct()
                .sorted()
                .collect(Collectors.toList());
    }

    /** The first 8 characters of a feed id, as the History and the queue show it. */
    static String shortId(FeedView feed) {
        String value = feed.feedId().value();
        return value.length() > 8 ? value.substring(0, 8) : value;
    }
}
