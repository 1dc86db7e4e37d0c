// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The feed dry run's processor ({@value DryRunValidator#GROUP}): pooled streaming, starting at the head of the event
 * stream, so only dry runs built from now on are validated, never history.
 */
@Configuration(proxyBeanMethods = false)
class FeedProcessorsConfig {

    @Bean
    ConfigurerModule feedDryRunProcessor() {
        return configurer -> configurer
                .eventProcessing()
                .registerPooledStreamingEventProcessor(
                        DryRunValidator.GROUP,
                        c -> c.eventStore(),
                        (c, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken));
    }
}
