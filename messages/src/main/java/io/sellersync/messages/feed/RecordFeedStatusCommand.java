// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What {@code getFeed} said at {@code checkedAt}; {@code resultDocumentId} when Amazon has a result document. */
public record RecordFeedStatusCommand(
        @TargetAggregateIdentifier FeedId feedId,
        AmazonFeedStatus status,
        String resultDocumentId,
        Instant checkedAt) {}
