// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.twophase;

import io.sellersync.messages.feed.FeedIssue;
import io.sellersync.messages.feed.MessageResult;
import io.sellersync.messages.feed.VerificationState;
import io.sellersync.messages.feed.VerifiedItem;
import io.sellersync.messages.shared.Money;
import java.time.Duration;
import java.util.stream.Collectors;

/** Why a SKU of a run ended where it did, in the words the queue entry, History and notifications show. */
final class RunReasons {

    private RunReasons() {}

    static String refused(boolean pricePhase, MessageResult result) {
        String issues = result.issues().stream()
                .filter(i -> "ERROR".equalsIgnoreCase(i.severity()))
                .map(FeedIssue::message)
                .collect(Collectors.joining("; "));
        return (pricePhase ? "Amazon refused the new price" : "Amazon refused the quantity (the new price is live)")
                + (issues.isEmpty() ? "" : ": " + issues);
    }

    static String priceNotLive(VerifiedItem item, Money price, Duration within) {
        if (item.state() == VerificationState.TIMED_OUT
                || item.observedPrice() == null && item.observedQuantity() == null) {
            return "held: Amazon did not show the SKU within " + words(within) + "; its quantity was not sent";
        }
        return "held: the new price %s was not live in time; Amazon still shows %s; its quantity was not sent"
                .formatted(price, item.observedPrice() == null ? "no price" : item.observedPrice());
    }

    static String quantityNotLive(VerifiedItem item) {
        return item.observedQuantity() == null
                ? "the quantity was not seen live by the deadline (the new price is live)"
                : "the quantity was not seen live by the deadline: Amazon shows %d (the new price is live)"
                        .formatted(item.observedQuantity());
    }

    static String words(Duration d) {
        if (d.toMinutes() % 60 == 0 && d.toHours() > 0) {
            return d.toHours() + " h";
        }
        return d.toMinutes() + " min";
    }
}
