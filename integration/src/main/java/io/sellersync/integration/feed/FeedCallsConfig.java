// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import io.sellersync.integration.listings.LiveListings;
import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiAccounts;
import io.sellersync.integration.spapi.SpApiClients;
import io.sellersync.integration.spapi.SpApiException;
import io.sellersync.integration.spapi.SpApiRateLimiter;
import io.sellersync.integration.spapi.documents.DocumentTransfer;
import io.sellersync.messages.accounts.AccountId;
import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The Amazon calls of the feed saga as Spring beans, and their three processors. All start at the head of the event
 * stream: they make calls for what happens from now on, never for history (a reset replays nothing to Amazon).
 * {@value #SUBMISSION_GROUP} uploads, submits, fetches reports and cancels; {@value #VERIFICATION_GROUP} reads back,
 * so slow read-backs never hold up a submission; {@code feed-dry-run} validates dry runs.
 */
@org.springframework.context.annotation.Configuration
public class FeedCallsConfig {

    public static final String SUBMISSION_GROUP = "feed-submission-calls";
    public static final String VERIFICATION_GROUP = "feed-verification-reads";

    @Bean
    ConfigurerModule feedCallsProcessors() {
        return configurer -> configurer
                .eventProcessing()
                .registerPooledStreamingEventProcessor(
                        SUBMISSION_GROUP,
                        Configuration::eventStore,
                        (c, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken))
                .registerPooledStreamingEventProcessor(
                        VERIFICATION_GROUP,
                        Configuration::eventStore,
                        (c, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken))
                .registerPooledStreamingEventProcessor(
                        DryRunValidator.GROUP,
                        Configuration::eventStore,
                        (c, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken));
    }

    @Bean
    FeedAccounts feedAccounts(SpApiAccounts accounts) {
        return new FeedAccounts() {
            @Override
            public SpApiAccount account(AccountId id) {
                return accounts.forAccount(accounts.view(id));
            }

            @Override
            public void refused(AccountId id, SpApiException failure) {
                accounts.reportIfUnauthorized(id, failure);
            }
        };
    }

    @Bean
    SubmissionAttempts submissionAttempts(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        return new SubmissionAttempts(dataSource, transactions, clock);
    }

    @Bean
    FeedSubmitter feedSubmitter(
            FeedAccounts accounts,
            SpApiClients clients,
            DocumentTransfer transfer,
            SpApiRateLimiter limiter,
            FeedDocumentStore documents,
            SubmissionAttempts attempts,
            CommandGateway commands,
            Clock clock) {
        return new FeedSubmitter(accounts, clients, transfer, limiter, documents, attempts, commands, clock);
    }

    @Bean
    FeedStatusChecker feedStatusChecker(
            FeedAccounts accounts, SpApiClients clients, CommandGateway commands, Clock clock) {
        return new FeedStatusChecker(accounts, clients, commands, clock);
    }

    @Bean
    FeedReports feedReports(
            FeedAccounts accounts,
            SpApiClients clients,
            DocumentTransfer transfer,
            FeedDocumentStore documents,
            CommandGateway commands,
            Clock clock) {
        return new FeedReports(accounts, clients, transfer, documents, commands, clock);
    }

    @Bean
    FeedCanceller feedCanceller(FeedAccounts accounts, SpApiClients clients, CommandGateway commands) {
        return new FeedCanceller(accounts, clients, commands);
    }

    @Bean
    FeedVerifier feedVerifier(FeedAccounts accounts, LiveListings live, CommandGateway commands, Clock clock) {
        return new FeedVerifier(accounts, live, commands, clock);
    }
}
