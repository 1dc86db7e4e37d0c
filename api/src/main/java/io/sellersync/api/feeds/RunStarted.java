// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.feeds;

import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedPlan;
import io.sellersync.messages.twophase.SyncRunId;
import java.util.List;

/** What starting a two-phase run did: the run, its price feed, how many SKUs it owns, what was left out or waits. */
public record RunStarted(
        SyncRunId runId, FeedId priceFeedId, int skus, List<FeedPlan.Skipped> skipped, int deferredSkus) {

    public RunStarted {
        skipped = List.copyOf(skipped);
    }
}
