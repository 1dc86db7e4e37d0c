// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.twophase;

import io.sellersync.command.feed.FeedRules;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.twophase.StartTwoPhaseSyncCommand;

/** What a run must be to start; each refusal names its field. */
final class RunRules {

    private RunRules() {}

    static void checkStart(StartTwoPhaseSyncCommand command) {
        if (command.accountId() == null) {
            throw BusinessException.invalid("accountId", "Choose the Amazon account to send to");
        }
        if (command.marketplaceId() == null) {
            throw BusinessException.invalid("marketplaceId", "Choose the Amazon marketplace to send to");
        }
        if (command.priceFeedId() == null) {
            throw BusinessException.invalid("priceFeedId", "The run's price feed needs an id");
        }
        if (command.pricePayload() == null || command.pricePayload().digest() == null) {
            throw BusinessException.invalid("pricePayload", "The price feed's document must be stored first");
        }
        if (command.limits() == null) {
            throw BusinessException.invalid("limits", "The run's timeouts are required");
        }
        if (command.startedAt() == null) {
            throw BusinessException.invalid("startedAt", "The time of the request is required");
        }
        FeedRules.checkMessages(command.messages());
        for (FeedMessage message : command.messages()) {
            if (message.price() == null) {
                throw BusinessException.invalid(
                        "messages",
                        "SKU " + message.sku() + " has no price: a two-phase run sends prices first; use single-phase");
            }
        }
    }
}
