// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.util.UUID;

/** Our identity of a feed (a dry run or a submission); Amazon's feed id is recorded once Amazon gives it. */
public record FeedId(String value) {

    public FeedId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("feed id is required");
        }
    }

    public static FeedId random() {
        return new FeedId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
