// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.feeds;

import static io.sellersync.api.feeds.FeedFixtures.entry;
import static io.sellersync.api.feeds.FeedFixtures.feed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedPlan;
import io.sellersync.messages.feed.FeedStatus;
import io.sellersync.messages.feed.FeedsInFlightView;
import io.sellersync.messages.queue.QueueEntryView;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedDecisionsTest {

    private static FeedPlan plan(List<FeedPlan.Skipped> skipped, List<FeedPlan.Warning> warnings) {
        return new FeedPlan(List.of(), skipped, warnings, 0);
    }

    @Test
    void anEmptyQueueIsRefusedNamingTheTarget() {
        BusinessException refused = catchThrowableOfType(
                BusinessException.class, () -> FeedDecisions.requireMessages(plan(List.of(), List.of()), "Acme — UK"));

        assertThat(refused.error().code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(refused.error().message()).contains("Acme — UK").contains("no entries");
    }

    @Test
    void aPlanWhoseEntriesWereAllLeftOutIsRefusedWithTheReasons() {
        QueueEntryView e = entry("SKU-1", "10.00", 1, "10.00", 2);
        FeedPlan plan = plan(
                List.of(new FeedPlan.Skipped(e.queueItemId(), "SKU-1", "Resolve the price conflict first")), List.of());

        BusinessException refused =
                catchThrowableOfType(BusinessException.class, () -> FeedDecisions.requireMessages(plan, "Acme — UK"));

        assertThat(refused.error().code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(refused.error().message()).contains("Acme — UK").contains("SKU-1: Resolve the price conflict first");
    }

    @Test
    void unconfirmedWarningsAreRefusedOnFieldConfirmListingThem() {
        FeedPlan plan = new FeedPlan(
                List.of(),
                List.of(),
                List.of(new FeedPlan.Warning("SKU-1", "Price GBP 20.00 is 100.0% away from Amazon's GBP 10.00")),
                0);

        BusinessException refused = catchThrowableOfType(
                BusinessException.class, () -> FeedDecisions.requireConfirmation(plan, false, null));

        assertThat(refused.error().code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(refused.error().field()).isEqualTo("confirm");
        assertThat(refused.error().message()).contains("SKU-1: Price GBP 20.00 is 100.0% away");
    }

    @Test
    void confirmedWarningsPassAndAWarningThePageDidNotShowIsRefused() {
        FeedPlan.Warning shown = new FeedPlan.Warning("SKU-1", "moved");
        FeedPlan.Warning fresh = new FeedPlan.Warning("SKU-2", "Amazon's price changed since the item was queued");
        FeedPlan plan = new FeedPlan(List.of(), List.of(), List.of(shown, fresh), 0);

        assertThatCode(() -> FeedDecisions.requireConfirmation(plan, true, null))
                .doesNotThrowAnyException();
        BusinessException refused = catchThrowableOfType(
                BusinessException.class,
                () -> FeedDecisions.requireConfirmation(plan, true, List.of(FeedDecisions.text(shown))));
        assertThat(refused.error().field()).isEqualTo("confirm");
        assertThat(refused.error().message())
                .contains("changed")
                .contains("SKU-2")
                .doesNotContain("SKU-1");
    }

    @Test
    void aPlanWithoutWarningsNeedsNoConfirmation() {
        assertThatCode(() -> FeedDecisions.requireConfirmation(plan(List.of(), List.of()), false, null))
                .doesNotThrowAnyException();
    }

    @Test
    void aSubmissionNotYetProcessedBlocksTheNextOne() {
        FeedsInFlightView inFlight =
                new FeedsInFlightView(List.of(feed(FeedKind.SUBMISSION, FeedStatus.SUBMITTED)), Set.of("SKU-1"));

        BusinessException refused = catchThrowableOfType(
                BusinessException.class, () -> FeedDecisions.refuseWhileInFlight(inFlight, "Acme — UK"));

        assertThat(refused.error().code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(refused.error().message()).contains("Acme — UK").contains("SUBMITTED");
    }

    @Test
    void aSubmissionInReadBackOrADryRunDoesNotBlock() {
        FeedsInFlightView inFlight = new FeedsInFlightView(
                List.of(feed(FeedKind.SUBMISSION, FeedStatus.VERIFYING), feed(FeedKind.DRY_RUN, FeedStatus.VALIDATING)),
                Set.of("SKU-1"));

        assertThatCode(() -> FeedDecisions.refuseWhileInFlight(inFlight, "Acme — UK"))
                .doesNotThrowAnyException();
    }

    @Test
    void onlySkusThePlannerMightSendAreReadLive() {
        QueueEntryView ready = entry("SKU-B", "10.00", 1, "10.00", 2);
        QueueEntryView same = entry("SKU-B", "10.00", 2, "10.00", 2);
        QueueEntryView busy = entry("SKU-A", "10.00", 1, "10.00", 2);

        assertThat(FeedDecisions.skusToRead(List.of(ready, same, busy), Set.of("SKU-A")))
                .containsExactly("SKU-B");
    }
}
