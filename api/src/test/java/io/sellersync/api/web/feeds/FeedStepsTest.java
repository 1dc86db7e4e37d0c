// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedStatus;
import io.sellersync.messages.feed.FeedView;
import io.sellersync.messages.shared.MarketplaceId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedStepsTest {

    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    private static FeedView feed(FeedKind kind, FeedStatus status, Instant submitted, Instant started) {
        return new FeedView(
                FeedId.random(),
                new AccountId("a"),
                new MarketplaceId("A1F83G8C2ARO7P"),
                kind,
                status,
                null,
                null,
                1,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                null,
                null,
                null,
                null,
                null,
                T,
                submitted,
                started,
                null,
                null,
                null);
    }

    private static List<String> render(FeedView feed) {
        return FeedSteps.of(feed).stream().map(s -> s.label() + ":" + s.state()).toList();
    }

    @Test
    void aSubmittedFeedIsAtTheSubmittedStep() {
        assertThat(render(feed(FeedKind.SUBMISSION, FeedStatus.SUBMITTED, T, null)))
                .containsExactly(
                        "built:DONE",
                        "uploaded:DONE",
                        "submitted:CURRENT",
                        "processing:TODO",
                        "verifying:TODO",
                        "completed:TODO");
    }

    @Test
    void aCompletedFeedHasEveryStepDone() {
        assertThat(render(feed(FeedKind.SUBMISSION, FeedStatus.COMPLETED, T, T)))
                .allMatch(s -> s.endsWith(":DONE"));
    }

    @Test
    void aFeedThatFailedWhileProcessingEndsInFailed() {
        assertThat(render(feed(FeedKind.SUBMISSION, FeedStatus.FAILED, T, T)))
                .containsExactly(
                        "built:DONE",
                        "uploaded:DONE",
                        "submitted:DONE",
                        "processing:DONE",
                        "verifying:TODO",
                        "failed:FAILED");
    }

    @Test
    void aCancelledFeedSaysCancelled() {
        assertThat(render(feed(FeedKind.SUBMISSION, FeedStatus.CANCELLED, T, null)))
                .last()
                .isEqualTo("cancelled:FAILED");
    }

    @Test
    void aDryRunIsBuiltValidatingValidated() {
        assertThat(render(feed(FeedKind.DRY_RUN, FeedStatus.VALIDATING, null, null)))
                .containsExactly("built:DONE", "validating:CURRENT", "validated:TODO");
        assertThat(render(feed(FeedKind.DRY_RUN, FeedStatus.VALIDATED, null, null)))
                .containsExactly("built:DONE", "validating:DONE", "validated:DONE");
    }
}
