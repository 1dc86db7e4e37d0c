// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A verification round is due at {@code now}: messages whose read-back started more than {@code timeout} ago
 * ({@code newSkuTimeout} for new SKUs) end as mismatch or timed out, the others are read back; when none is left the
 * feed completes.
 */
public record RequestFeedVerificationCommand(
        @TargetAggregateIdentifier FeedId feedId, Instant now) {}
