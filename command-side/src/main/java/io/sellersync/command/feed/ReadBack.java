// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.feed;

import io.sellersync.messages.feed.ExpectedOffer;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.ObservedOffer;
import io.sellersync.messages.feed.VerificationState;
import io.sellersync.messages.feed.VerifiedItem;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The read-back rules of one accepted message: what it should show live and when its wait ends. */
final class ReadBack {

    /** How long after its deadline a message that was never read (Amazon unreachable) still waits. */
    static final Duration GRACE = Duration.ofMinutes(15);

    private ReadBack() {}

    static ExpectedOffer expected(FeedMessage message) {
        return new ExpectedOffer(message.messageId(), message.sku(), message.price(), message.quantity());
    }

    /** Live as sent: the price when the message sent one, the quantity when it sent one. */
    static boolean matches(FeedMessage message, ObservedOffer observed) {
        return observed.found()
                && (message.price() == null || message.price().sameAmount(observed.price()))
                && (message.quantity() == null || Objects.equals(message.quantity(), observed.quantity()));
    }

    static Instant deadlineOf(FeedMessage message, Instant deadline, Instant newSkuDeadline) {
        return message.newSku() ? newSkuDeadline : deadline;
    }

    /** The outcome of an observation, or null while the message may still change. */
    static VerifiedItem judge(FeedMessage message, ObservedOffer observed, Instant at, Instant deadline) {
        if (matches(message, observed)) {
            return item(message, VerificationState.VERIFIED, observed);
        }
        if (at.isBefore(deadline)) {
            return null;
        }
        return item(message, observed.found() ? VerificationState.MISMATCH : VerificationState.TIMED_OUT, observed);
    }

    /** A message never read back by its deadline plus {@link #GRACE}. */
    static VerifiedItem timedOut(FeedMessage message) {
        return new VerifiedItem(
                message.messageId(), message.sku(), VerificationState.TIMED_OUT, null, null, message.entries());
    }

    private static VerifiedItem item(FeedMessage message, VerificationState state, ObservedOffer observed) {
        return new VerifiedItem(
                message.messageId(),
                message.sku(),
                state,
                observed.found() ? observed.price() : null,
                observed.found() ? observed.quantity() : null,
                message.entries());
    }
}
