// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A verification round is due at {@code now}: the first round fixes each message's deadline (the report's time plus
 * {@code sellersync.feeds.verify-timeout}, or {@code verify-timeout-new-sku} for new SKUs); messages not read by their
 * deadline plus 15 minutes end as timed out, the others are read back; when none is left the feed completes.
 */
public record RequestFeedVerificationCommand(
        @TargetAggregateIdentifier FeedId feedId, Instant now) {}
