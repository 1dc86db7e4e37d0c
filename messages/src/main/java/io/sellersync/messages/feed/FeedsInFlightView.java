// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.util.List;
import java.util.Set;

/** Unfinished submissions and the seller SKUs they carry. */
public record FeedsInFlightView(List<FeedView> feeds, Set<String> skus) {

    public FeedsInFlightView {
        feeds = List.copyOf(feeds);
        skus = Set.copyOf(skus);
    }
}
