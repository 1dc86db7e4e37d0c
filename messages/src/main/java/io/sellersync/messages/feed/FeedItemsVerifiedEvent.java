// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.time.Instant;
import java.util.List;

/**
 * Read-back ended for these messages: {@code VERIFIED} (price and quantity live), or at their timeout {@code MISMATCH}
 * (Amazon shows other values) or {@code TIMED_OUT} (Amazon never showed the offer).
 */
public record FeedItemsVerifiedEvent(FeedId feedId, List<VerifiedItem> items, Instant at) implements FeedEvent {

    public FeedItemsVerifiedEvent {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        long verified = items.stream()
                .filter(i -> i.state() == VerificationState.VERIFIED)
                .count();
        return "Feed %s: %d SKU(s) verified live%s"
                .formatted(
                        FeedEvent.shortId(feedId),
                        verified,
                        verified == items.size() ? "" : ", " + (items.size() - verified) + " not applied in time");
    }
}
