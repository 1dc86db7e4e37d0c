// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.feed;

import io.sellersync.messages.feed.BuildFeedCommand;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.shared.BusinessException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a feed must be to be built; each refusal names its field. */
public final class FeedRules {

    static final int MAX_MESSAGES = 25_000;

    private FeedRules() {}

    static void checkBuild(BuildFeedCommand command) {
        if (command.accountId() == null) {
            throw BusinessException.invalid("accountId", "Choose the Amazon account to send the feed to");
        }
        if (command.marketplaceId() == null) {
            throw BusinessException.invalid("marketplaceId", "Choose the Amazon marketplace to send the feed to");
        }
        if (command.kind() == null) {
            throw BusinessException.invalid("kind", "Choose a dry run or a submission");
        }
        if (command.payload() == null || command.payload().digest() == null) {
            throw BusinessException.invalid("payload", "The feed document must be stored before the feed is built");
        }
        if (command.requestedAt() == null) {
            throw BusinessException.invalid("requestedAt", "The time of the request is required");
        }
        checkMessages(command.messages());
    }

    /** At most 25,000 messages with unique ids and SKUs, each carrying entries and a price above 0 or a quantity. */
    public static void checkMessages(List<FeedMessage> messages) {
        if (messages.isEmpty()) {
            throw BusinessException.invalid("messages", "The feed has no messages: queue items first");
        }
        if (messages.size() > MAX_MESSAGES) {
            throw BusinessException.invalid(
                    "messages",
                    "A feed holds at most %,d messages; this one has %,d".formatted(MAX_MESSAGES, messages.size()));
        }
        Set<Integer> ids = new HashSet<>();
        Set<String> skus = new HashSet<>();
        for (FeedMessage message : messages) {
            checkMessage(message, ids, skus);
        }
    }

    private static void checkMessage(FeedMessage message, Set<Integer> ids, Set<String> skus) {
        if (!ids.add(message.messageId())) {
            throw BusinessException.invalid("messages", "Message id " + message.messageId() + " is used twice");
        }
        if (message.sku() == null || message.sku().isBlank()) {
            throw BusinessException.invalid("messages", "Message " + message.messageId() + " has no SKU");
        }
        if (!skus.add(message.sku())) {
            throw BusinessException.invalid("messages", "SKU " + message.sku() + " is in the feed twice");
        }
        if (message.entries().isEmpty()) {
            throw BusinessException.invalid("messages", "SKU " + message.sku() + " carries no queue entry");
        }
        if (message.price() == null && message.quantity() == null) {
            throw BusinessException.invalid("messages", "SKU " + message.sku() + " sends neither price nor quantity");
        }
        if (message.price() != null && !message.price().isPositive()) {
            throw BusinessException.invalid("messages", "SKU " + message.sku() + " needs a price above 0");
        }
        if (message.quantity() != null && message.quantity() < 0) {
            throw BusinessException.invalid("messages", "SKU " + message.sku() + " has a negative quantity");
        }
    }
}
