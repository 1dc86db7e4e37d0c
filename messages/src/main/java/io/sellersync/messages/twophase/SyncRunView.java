// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.shared.MarketplaceId;
import java.time.Duration;
import java.time.Instant;

/**
 * A run as History and the progress panel show it: its step, how it ended (null while in flight), its SKUs by state,
 * both phase feeds, the last thing that held it up ({@code note}, e.g. a deferred quantity feed), why it failed, and
 * its times.
 */
public record SyncRunView(
        SyncRunId runId,
        AccountId accountId,
        MarketplaceId marketplaceId,
        RunStep step,
        RunOutcome outcome,
        int skus,
        int pricePending,
        int priceLive,
        int quantityPending,
        int rescuing,
        int verified,
        int held,
        int failed,
        int rescued,
        FeedId priceFeedId,
        FeedId quantityFeedId,
        String note,
        String reason,
        Instant startedAt,
        Instant endedAt,
        Instant updatedAt) {

    public boolean inFlight() {
        return outcome == null;
    }

    /** SKUs whose part has not ended yet. */
    public int pending() {
        return pricePending + priceLive + quantityPending + rescuing;
    }

    /** SKUs whose new price has been seen live: waiting for or sending their quantity, or ended live. */
    public int pricesLive() {
        return priceLive + quantityPending + verified;
    }

    /** How long the run has taken so far (at {@code now}), or took. */
    public Duration elapsed(Instant now) {
        return Duration.between(startedAt, endedAt != null ? endedAt : now);
    }
}
