// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import io.sellersync.integration.spapi.SpApiClients;
import io.sellersync.integration.spapi.SpApiException;
import io.sellersync.integration.spapi.api.FeedsApi;
import io.sellersync.integration.spapi.generated.feeds.Feed;
import io.sellersync.messages.feed.AmazonFeedStatus;
import io.sellersync.messages.feed.CheckFeedStatusCommand;
import io.sellersync.messages.feed.RecordFeedStatusCommand;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll: reads the feed with {@code getFeed} and records what Amazon said. A failed read is only logged; the
 * saga's next poll asks again.
 */
class FeedStatusChecker {

    private static final Logger log = LoggerFactory.getLogger(FeedStatusChecker.class);

    private final FeedAccounts accounts;
    private final SpApiClients clients;
    private final CommandGateway commands;
    private final Clock clock;

    FeedStatusChecker(FeedAccounts accounts, SpApiClients clients, CommandGateway commands, Clock clock) {
        this.accounts = accounts;
        this.clients = clients;
        this.commands = commands;
        this.clock = clock;
    }

    @CommandHandler
    void handle(CheckFeedStatusCommand command) {
        Feed feed;
        try {
            feed = clients.client(FeedsApi.class, accounts.account(command.accountId()))
                    .getFeed(command.amazonFeedId());
        } catch (RuntimeException e) {
            if (e instanceof SpApiException spApi) {
                accounts.refused(command.accountId(), spApi);
            }
            log.warn(
                    "Feed {}: reading Amazon feed {} failed: {}",
                    command.feedId(),
                    command.amazonFeedId(),
                    Words.of(e));
            return;
        }
        if (feed == null || feed.getProcessingStatus() == null) {
            log.warn("Feed {}: Amazon feed {} came back without a status", command.feedId(), command.amazonFeedId());
            return;
        }
        AmazonFeedStatus status =
                AmazonFeedStatus.valueOf(feed.getProcessingStatus().getValue());
        commands.sendAndWait(
                new RecordFeedStatusCommand(command.feedId(), status, feed.getResultFeedDocumentId(), clock.instant()));
    }
}
