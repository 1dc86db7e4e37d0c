// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.orders;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * Registers the order aggregate (one per account and Amazon order id), the inventory linking policy and the seller's
 * linking commands (resolve an unmatched item, release an item). The policy's processor starts at the head of the
 * event stream and is never replayed; it is idempotent anyway, so a redelivery never links twice. Its errors
 * propagate: the batch (with the events of the commands it sent, which join its unit of work) is rolled back and
 * tried again, so a failure (the read model not reachable for a moment) delays a link but never loses it.
 */
public final class OrdersCommandModule implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(AmazonOrderAggregate.class);
        configurer.registerCommandHandler(
                c -> new OrderLinkingCommands(c.commandGateway(), c.queryGateway(), c.eventStore()));
        configurer
                .eventProcessing()
                .registerPooledStreamingEventProcessor(
                        OrderLinking.GROUP,
                        c -> c.eventStore(),
                        (c, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken))
                .registerListenerInvocationErrorHandler(OrderLinking.GROUP, c -> PropagatingErrorHandler.instance())
                .registerEventHandler(c -> new OrderLinking(c.commandGateway(), c.queryGateway(), c.eventStore()));
    }
}
