// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import io.micrometer.core.instrument.MeterRegistry;
import io.sellersync.integration.spapi.documents.DocumentTransfer;
import java.time.Clock;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SP-API client stack as Spring beans: one rate limiter shared through PostgreSQL, one token cache per node. */
@Configuration
public class SpApiConfiguration {

    @Bean
    LwaTokens lwaTokens(SpApiProperties properties, Clock clock) {
        return new LwaTokens(
                SpApiClients.httpClient(properties), SpApiClients.mapper(), clock, properties.readTimeout());
    }

    @Bean
    SpApiRateLimiter spApiRateLimiter(DataSource dataSource) {
        return new SpApiRateLimiter(SpApiRateLimiter.shared(dataSource));
    }

    @Bean
    SpApiClients spApiClients(
            SpApiProperties properties, LwaTokens lwa, SpApiRateLimiter limiter, MeterRegistry registry) {
        return new SpApiClients(properties, lwa, limiter, new SpApiMetrics(registry), UnaryOperator.identity());
    }

    @Bean
    DocumentTransfer documentTransfer(SpApiProperties properties) {
        return new DocumentTransfer(
                SpApiClients.httpClient(properties), properties.documentHosts(), properties.readTimeout());
    }
}
