// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import feign.Client;
import io.micrometer.core.instrument.MeterRegistry;
import io.sellersync.integration.spapi.documents.DocumentTransfer;
import java.time.Clock;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
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

    /**
     * Wraps the HTTP client of every SP-API call; none in production. Tests install one that checks each exchange
     * against Amazon's models.
     */
    public interface ClientDecorator extends UnaryOperator<Client> {}

    @Bean
    SpApiClients spApiClients(
            SpApiProperties properties,
            LwaTokens lwa,
            SpApiRateLimiter limiter,
            MeterRegistry registry,
            ObjectProvider<ClientDecorator> decorator) {
        UnaryOperator<Client> wrapper = decorator.getIfAvailable(() -> client -> client)::apply;
        return new SpApiClients(properties, lwa, limiter, new SpApiMetrics(registry), wrapper);
    }

    @Bean
    DocumentTransfer documentTransfer(SpApiProperties properties) {
        return new DocumentTransfer(
                SpApiClients.httpClient(properties), properties.documentHosts(), properties.readTimeout());
    }
}
