// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.util.List;

/** A page of the History and the total number of feeds matching. */
public record FeedPage(List<FeedView> feeds, long total) {

    public FeedPage {
        feeds = List.copyOf(feeds);
    }
}
