// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import io.sellersync.integration.spapi.SpApiClients;
import io.sellersync.integration.spapi.SpApiException;
import io.sellersync.integration.spapi.api.FeedsApi;
import io.sellersync.messages.feed.FeedCancelRequestedEvent;
import io.sellersync.messages.feed.RecordFeedCancelFailedCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Amazon to cancel a queued feed. Success needs no command (the next poll sees {@code CANCELLED}); a refusal
 * or failure is recorded in words.
 */
@ProcessingGroup(FeedCallsConfig.SUBMISSION_GROUP)
class FeedCanceller {

    private static final Logger log = LoggerFactory.getLogger(FeedCanceller.class);

    private final FeedAccounts accounts;
    private final SpApiClients clients;
    private final CommandGateway commands;

    FeedCanceller(FeedAccounts accounts, SpApiClients clients, CommandGateway commands) {
        this.accounts = accounts;
        this.clients = clients;
        this.commands = commands;
    }

    @EventHandler
    void on(FeedCancelRequestedEvent event) {
        try {
            clients.client(FeedsApi.class, accounts.account(event.accountId())).cancelFeed(event.amazonFeedId());
        } catch (RuntimeException e) {
            if (e instanceof SpApiException spApi) {
                accounts.refused(event.accountId(), spApi);
            }
            String reason = reason(e);
            log.warn("Feed {}: cancelFeed failed: {}", event.feedId(), reason);
            commands.sendAndWait(new RecordFeedCancelFailedCommand(event.feedId(), reason));
        }
    }

    static String reason(RuntimeException e) {
        if (e instanceof SpApiException.InvalidInput refused) {
            String amazon =
                    refused.errors().isEmpty() ? null : refused.errors().get(0).message();
            return "Amazon refused to cancel the feed (it only cancels feeds still waiting in its queue)"
                    + (amazon == null ? "" : ": " + amazon);
        }
        if (e instanceof SpApiException.NotFound) {
            return "Amazon does not know the feed, so it could not be cancelled";
        }
        return "The feed could not be cancelled: " + Words.of(e);
    }
}
