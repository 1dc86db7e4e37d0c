// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.feed;

import io.sellersync.messages.feed.FeedEvent;
import io.sellersync.messages.feed.FeedFailedEvent;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedIssue;
import io.sellersync.messages.feed.MessageResult;
import io.sellersync.messages.feed.VerificationState;
import io.sellersync.messages.feed.VerifiedItem;
import java.util.stream.Collectors;

/** Why a queue entry was not applied, in words a seller understands. */
final class SyncReasons {

    private SyncReasons() {}

    static String refused(FeedId feedId, MessageResult result) {
        String issues = result.issues().stream()
                .filter(i -> "ERROR".equalsIgnoreCase(i.severity()))
                .map(SyncReasons::issue)
                .collect(Collectors.joining("; "));
        return "Amazon refused SKU %s in feed %s: %s"
                .formatted(result.sku(), FeedEvent.shortId(feedId), issues.isEmpty() ? "no reason given" : issues);
    }

    static String notLive(FeedId feedId, VerifiedItem item) {
        if (item.state() == VerificationState.MISMATCH) {
            return ("Amazon accepted SKU %s in feed %s but still shows %s when the read-back time ran out;"
                            + " check the listing on Amazon and send it again")
                    .formatted(item.sku(), FeedEvent.shortId(feedId), shown(item));
        }
        return ("Amazon accepted SKU %s in feed %s but never showed the offer within the read-back time;"
                        + " check the listing on Amazon and send it again")
                .formatted(item.sku(), FeedEvent.shortId(feedId));
    }

    static String failed(FeedFailedEvent event) {
        String why = switch (event.failure()) {
            case FATAL -> "Amazon rejected the whole feed";
            case CANCELLED -> "the feed was cancelled";
            case NOT_SUBMITTED -> "the feed could not be sent to Amazon";
            case REPORT_UNREADABLE -> "Amazon's processing report could not be read";
        };
        String detail = event.reason() == null || event.reason().isBlank() ? "" : " (" + event.reason() + ")";
        return "Feed %s did not apply: %s%s; the item stays queued"
                .formatted(FeedEvent.shortId(event.feedId()), why, detail);
    }

    private static String shown(VerifiedItem item) {
        String price = item.observedPrice() == null ? "no price" : "price " + item.observedPrice();
        String quantity = item.observedQuantity() == null ? "no quantity" : "quantity " + item.observedQuantity();
        return price + " and " + quantity;
    }

    private static String issue(FeedIssue issue) {
        return issue.code() == null ? issue.message() : issue.message() + " (" + issue.code() + ")";
    }
}
