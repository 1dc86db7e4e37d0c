// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.config;

import io.sellersync.command.feed.FeedCommandModule;
import io.sellersync.command.feed.FeedSlots;
import io.sellersync.command.feed.FeedTimings;
import javax.sql.DataSource;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Wires the feed command side: the {@code Feed} aggregate, the submission saga and the feed-slots table (one
 * submission in flight per account and marketplace) on a transaction-aware data source, so a claim shares the
 * transaction that stores the {@code FeedBuiltEvent}. {@link FeedTimings} is a bean, so the saga and the aggregate
 * receive it as a handler parameter; the slots table is a bean so Axon registers its event handlers.
 */
@Configuration
public class FeedConfig {

    @Bean
    ConfigurerModule feedCommandModule() {
        return new FeedCommandModule();
    }

    @Bean
    FeedTimings feedTimings(FeedProperties properties) {
        return properties.timings();
    }

    @Bean
    FeedSlots feedSlots(DataSource dataSource) {
        return new FeedSlots(new TransactionAwareDataSourceProxy(dataSource));
    }
}
