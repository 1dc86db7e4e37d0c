// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.shared.AuditedEvent;

/** Every event of the {@code Feed} aggregate; {@link #feedId()} drives sequencing and projections. */
public sealed interface FeedEvent extends AuditedEvent
        permits FeedBuiltEvent,
                FeedValidatedEvent,
                FeedDocumentUploadedEvent,
                FeedSubmittedEvent,
                FeedProcessingStartedEvent,
                FeedDelayedEvent,
                FeedProcessingFinishedEvent,
                FeedCancelRequestedEvent,
                FeedCancelFailedEvent,
                FeedReportFailedEvent,
                FeedProcessedEvent,
                FeedFailedEvent,
                FeedVerificationRequestedEvent,
                FeedItemsVerifiedEvent,
                FeedCompletedEvent {

    FeedId feedId();

    /** How events name a feed to a seller: the first part of its id. */
    static String shortId(FeedId feedId) {
        String value = feedId.value();
        return value.length() > 8 ? value.substring(0, 8) : value;
    }
}
