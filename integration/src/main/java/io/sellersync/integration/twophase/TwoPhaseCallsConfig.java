// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.twophase;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;

/**
 * The processor of {@link TwoPhaseCalls}: it starts at the head of the event stream (it calls Amazon for what happens
 * from now on, never for history) and propagates a handler's failure, so the event is handled again after a back-off
 * instead of being skipped; every handler is safe to repeat.
 */
@org.springframework.context.annotation.Configuration
public class TwoPhaseCallsConfig {

    @Bean
    ConfigurerModule twoPhaseCallsProcessor() {
        return configurer -> configurer
                .eventProcessing()
                .registerListenerInvocationErrorHandler(TwoPhaseCalls.GROUP, c -> PropagatingErrorHandler.instance())
                .registerPooledStreamingEventProcessor(
                        TwoPhaseCalls.GROUP,
                        Configuration::eventStore,
                        (c, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken));
    }
}
