// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The processing report of a finished feed could not be fetched or read ({@code reason} in words, no secrets). The next
 * poll fetches it again; after five failures a {@code DONE} feed is verified by read-back without its report, and a
 * {@code FATAL}/{@code CANCELLED} one fails without Amazon's reason.
 */
public record RecordFeedReportFailedCommand(
        @TargetAggregateIdentifier FeedId feedId, String reason) {}
