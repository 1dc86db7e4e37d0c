// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.sellersync.command.accounts.AccountsCommandModule;
import io.sellersync.command.sync.SyncCommandModule;
import io.sellersync.query.activity.ActivityProjection;
import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon wiring that properties cannot express: the command-side modules, pooled streaming processors for every
 * projection, one explicit Jackson mapper for everything Axon stores (no default typing, unknown fields tolerated so
 * additive event changes need no upcaster), and the correlation data that carries each command's origin onto its events.
 */
@Configuration
public class AxonConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ConfigurerModule accountsCommandModule() {
        return new AccountsCommandModule();
    }

    @Bean
    ConfigurerModule syncCommandModule() {
        return new SyncCommandModule();
    }

    @Bean
    ConfigurerModule pooledProcessors() {
        return configurer -> configurer.eventProcessing().usingPooledStreamingEventProcessors();
    }

    @Bean
    @Primary
    Serializer serializer() {
        return jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return jackson();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return jackson();
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider commandOriginProvider() {
        return new SimpleCorrelationDataProvider(ActivityProjection.COMMAND_KEY, ActivityProjection.USER_KEY);
    }

    static ObjectMapper storedMessageMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private static Serializer jackson() {
        return JacksonSerializer.builder().objectMapper(storedMessageMapper()).build();
    }
}
