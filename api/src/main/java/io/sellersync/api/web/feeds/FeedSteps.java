// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.feeds;

import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedStatus;
import io.sellersync.messages.feed.FeedView;
import java.util.ArrayList;
import java.util.List;

/**
 * The feed page's step indicator: built → uploaded → submitted → processing → verifying → completed (or failed /
 * cancelled) for a submission, built → validating → validated for a dry run. Each step is done, current, to do, or the
 * failed end.
 */
final class FeedSteps {

    enum State {
        DONE,
        CURRENT,
        TODO,
        FAILED
    }

    record Step(String label, State state) {

        public String css() {
            return switch (state) {
                case DONE -> "ok";
                case CURRENT -> "warn";
                case TODO -> "";
                case FAILED -> "bad";
            };
        }
    }

    private static final List<String> SUBMISSION =
            List.of("built", "uploaded", "submitted", "processing", "verifying", "completed");

    private FeedSteps() {}

    static List<Step> of(FeedView feed) {
        if (feed.kind() == FeedKind.DRY_RUN) {
            return dryRun(feed.status());
        }
        int reached = reached(feed);
        boolean failed = feed.status() == FeedStatus.FAILED || feed.status() == FeedStatus.CANCELLED;
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < SUBMISSION.size(); i++) {
            String label = SUBMISSION.get(i);
            if (i == SUBMISSION.size() - 1) {
                if (failed) {
                    steps.add(new Step(feed.status() == FeedStatus.CANCELLED ? "cancelled" : "failed", State.FAILED));
                } else {
                    steps.add(new Step(label, reached == i ? State.DONE : State.TODO));
                }
            } else if (i < reached || (i == reached && failed)) {
                steps.add(new Step(label, State.DONE));
            } else if (i == reached) {
                steps.add(new Step(label, i == 0 ? State.DONE : State.CURRENT));
            } else {
                steps.add(new Step(label, State.TODO));
            }
        }
        return steps;
    }

    /** The index of the furthest step a submission reached (for a failed one: as far as its times show). */
    private static int reached(FeedView feed) {
        return switch (feed.status()) {
            case BUILT, VALIDATING, VALIDATED -> 0;
            case UPLOADED -> 1;
            case SUBMITTED -> 2;
            case IN_PROGRESS -> 3;
            case VERIFYING -> 4;
            case COMPLETED -> 5;
            case FAILED, CANCELLED -> {
                if (feed.processedAt() != null) {
                    yield 4;
                }
                if (feed.processingStartedAt() != null) {
                    yield 3;
                }
                if (feed.submittedAt() != null) {
                    yield 2;
                }
                yield 0;
            }
        };
    }

    private static List<Step> dryRun(FeedStatus status) {
        boolean validated = status == FeedStatus.VALIDATED;
        boolean failed = status == FeedStatus.FAILED || status == FeedStatus.CANCELLED;
        return List.of(
                new Step("built", State.DONE),
                new Step("validating", validated || failed ? State.DONE : State.CURRENT),
                failed ? new Step("failed", State.FAILED) : new Step("validated", validated ? State.DONE : State.TODO));
    }
}
