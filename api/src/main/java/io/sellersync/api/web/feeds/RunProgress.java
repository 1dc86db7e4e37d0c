// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.feeds;

import io.sellersync.messages.feed.FeedStatus;
import io.sellersync.messages.feed.FeedView;
import io.sellersync.messages.twophase.RunOutcome;
import io.sellersync.messages.twophase.RunStep;
import io.sellersync.messages.twophase.SyncRunView;
import java.util.ArrayList;
import java.util.List;

/**
 * How a two-phase run reads on the progress panel and the run page: its step indicator (prices → quantities →
 * [rescue] → outcome) and the current step in one sentence, from the run and the phase feed it waits for.
 */
final class RunProgress {

    private RunProgress() {}

    static List<FeedSteps.Step> steps(SyncRunView run) {
        List<FeedSteps.Step> steps = new ArrayList<>();
        steps.add(step("prices first", run, RunStep.PRICE));
        steps.add(step("quantities", run, RunStep.QUANTITY));
        if (run.step() == RunStep.RESCUE || run.rescued() > 0) {
            steps.add(step("rescue", run, RunStep.RESCUE));
        }
        if (run.outcome() == null) {
            steps.add(new FeedSteps.Step("done", FeedSteps.State.TODO));
        } else if (run.outcome() == RunOutcome.COMPLETED) {
            steps.add(new FeedSteps.Step("completed", FeedSteps.State.DONE));
        } else {
            steps.add(new FeedSteps.Step(
                    run.outcome() == RunOutcome.PARTIAL ? "partial" : "failed", FeedSteps.State.FAILED));
        }
        return steps;
    }

    private static FeedSteps.Step step(String label, SyncRunView run, RunStep step) {
        if (run.step() == step) {
            return new FeedSteps.Step(label, FeedSteps.State.CURRENT);
        }
        boolean passed = run.step() == RunStep.ENDED || run.step().ordinal() > step.ordinal();
        boolean reached = step != RunStep.QUANTITY || run.quantityFeedId() != null;
        return new FeedSteps.Step(label, passed && reached ? FeedSteps.State.DONE : FeedSteps.State.TODO);
    }

    /** The current step in one sentence; {@code feed} is the phase feed of the current step (null if none yet). */
    static String current(SyncRunView run, FeedView feed) {
        if (run.outcome() != null) {
            return switch (run.outcome()) {
                case COMPLETED -> "Completed: every SKU is live at its new price and quantity";
                case PARTIAL ->
                    "Ended partly: " + run.verified() + " SKU(s) live, " + run.held() + " held, " + run.failed()
                            + " failed";
                case FAILED -> "Failed: " + run.reason();
            };
        }
        if (run.note() != null) {
            return run.note();
        }
        return switch (run.step()) {
            case PRICE -> feed == null ? "Building the price feed" : phase("Price feed", feed, "new prices");
            case QUANTITY -> feed == null ? "Building the quantity feed" : phase("Quantity feed", feed, "quantities");
            case RESCUE -> "Rescuing " + run.rescuing() + " SKU(s) that showed their quantity without the new price";
            case ENDED -> "Ended";
        };
    }

    private static String phase(String name, FeedView feed, String what) {
        FeedStatus status = feed.status();
        return switch (status) {
            case BUILT, VALIDATING, VALIDATED -> name + ": uploading to Amazon";
            case UPLOADED -> name + ": submitting to Amazon";
            case SUBMITTED ->
                name + ": waiting in Amazon's queue"
                        + (feed.amazonStatus() == null ? "" : " (" + feed.amazonStatus() + ")");
            case IN_PROGRESS -> name + ": Amazon is processing it";
            case VERIFYING ->
                name + ": accepted; waiting until the " + what + " are live (" + feed.verified() + " of "
                        + (feed.verified() + feed.pending() + feed.mismatched() + feed.timedOut()) + " so far)";
            case COMPLETED -> name + ": done";
            case FAILED, CANCELLED -> name + ": " + status.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
