// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.queue;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * Registers the queue aggregate and the "use Amazon's price" policy. The policy's processor starts at the head of
 * the event stream: it reacts to new resolutions only, never to history.
 */
public final class QueueCommandModule implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(QueueItem.class);
        configurer
                .eventProcessing()
                .registerPooledStreamingEventProcessor(
                        UseAmazonPricePolicy.GROUP,
                        c -> c.eventStore(),
                        (c, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken))
                .registerEventHandler(c -> new UseAmazonPricePolicy(c.commandGateway()));
    }
}
