// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The feed has waited in Amazon's queue since {@code since}: a warning ({@code SLOW}) or an alert ({@code STUCK}). */
public record RecordFeedDelayCommand(
        @TargetAggregateIdentifier FeedId feedId, FeedDelay delay, Instant since) {}
