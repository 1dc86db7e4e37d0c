// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The payload was uploaded as Amazon feed document {@code feedDocumentId}; a repeat changes nothing. */
public record RecordFeedDocumentUploadedCommand(
        @TargetAggregateIdentifier FeedId feedId, String feedDocumentId, Instant at) {}
