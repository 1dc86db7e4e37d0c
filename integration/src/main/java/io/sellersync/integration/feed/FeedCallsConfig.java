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
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The Amazon calls of the feed saga as Spring beans, and their three processors. All start at the head of the event
 * stream: they make calls for what happens from now on, never for history (a reset replays nothing to Amazon).
 * {@value #SUBMISSION_GROUP} uploads, submits, fetches reports and cancels; {@value #VERIFICATION_GROUP} reads back,
 * so slow read-backs never hold up a submission; {@code feed-dry-run} validates dry runs.
 *
 * <p>The three processors propagate a handler's exception ({@link PropagatingErrorHandler}) instead of Axon's default
 * of logging it and moving on: the processor releases the segment and handles the event again after a back-off, so
 * a failure after an Amazon call (a database blip in {@code sendAndWait} after a successful {@code createFeed}, a
 * {@code getFeeds} lookup that failed) is retried rather than lost. The handlers are safe to redeliver: a
 * {@code createFeed} is guarded by its committed attempt row (a redelivery looks the feed up instead), report and
 * read-back commands are idempotent or counted by the aggregate, and a dry run is validated again. A handler that
 * keeps failing holds up its segment (later events of that segment wait), which is why the handlers turn every
 * answer Amazon gives into a command and only throw for what a retry can fix. {@code FeedCallsConfigTest} shows a
 * failing handler being called again.
 */
@org.springframework.context.annotation.Configuration
public class FeedCallsConfig {

    public static final String SUBMISSION_GROUP = "feed-submission-calls";
    public static final String VERIFICATION_GROUP = "feed-verification-reads";

    /** The processing groups whose handler failures are retried (see the class comment). */
    static final List<String> GROUPS = List.of(SUBMISSION_GROUP, VERIFICATION_GROUP, DryRunValidator.GROUP);

    @Bean
    ConfigurerModule feedCallsProcessors() {
        return FeedCallsConfig::configureProcessors;
    }

    /** Registers the three head-starting processors and their propagating error handler. */
    static void configureProcessors(Configurer configurer) {
        EventProcessingConfigurer processing = configurer.eventProcessing();
        for (String group : GROUPS) {
            processing.registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance());
        }
        processing
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
