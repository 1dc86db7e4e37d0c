// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.feeds;

import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedPlan;
import java.util.List;

/** A feed that was built (a dry run or a submission): its id, how many messages it carries, what it left out. */
public record FeedStarted(FeedId feedId, int messages, List<FeedPlan.Skipped> skipped, int deferredSkus) {

    public FeedStarted {
        skipped = List.copyOf(skipped);
    }
}
