// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import io.sellersync.integration.listings.LiveListings;
import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiException;
import io.sellersync.messages.feed.ExpectedOffer;
import io.sellersync.messages.feed.FeedVerificationRequestedEvent;
import io.sellersync.messages.feed.ObservedOffer;
import io.sellersync.messages.feed.RecordFeedVerificationCommand;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read-back round: reads the pending SKUs live ({@code searchListingsItems}, 20 per call) and records what Amazon
 * shows, {@code found=false} for SKUs Amazon does not return. A batch that fails is left out; the next round reads
 * it again.
 */
@ProcessingGroup(FeedCallsConfig.VERIFICATION_GROUP)
class FeedVerifier {

    static final int BATCH = 20;

    private static final Logger log = LoggerFactory.getLogger(FeedVerifier.class);

    private final FeedAccounts accounts;
    private final LiveListings live;
    private final CommandGateway commands;
    private final Clock clock;

    FeedVerifier(FeedAccounts accounts, LiveListings live, CommandGateway commands, Clock clock) {
        this.accounts = accounts;
        this.live = live;
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(FeedVerificationRequestedEvent event) {
        SpApiAccount account;
        try {
            account = accounts.account(event.accountId());
        } catch (RuntimeException e) {
            log.warn("Feed {}: read-back round {} skipped: {}", event.feedId(), event.round(), Words.of(e));
            return;
        }
        List<ObservedOffer> observed = live.observe(
                account,
                event.marketplaceId(),
                event.pending().stream().map(ExpectedOffer::sku).toList(),
                (batch, e) -> {
                    if (e instanceof SpApiException spApi) {
                        accounts.refused(event.accountId(), spApi);
                    }
                    log.warn(
                            "Feed {}: read-back round {} left out {} SKU(s): {}",
                            event.feedId(),
                            event.round(),
                            batch.size(),
                            Words.of(e));
                });
        commands.sendAndWait(
                new RecordFeedVerificationCommand(event.feedId(), event.round(), observed, clock.instant()));
    }
}
