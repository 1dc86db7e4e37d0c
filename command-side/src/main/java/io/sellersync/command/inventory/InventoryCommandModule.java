// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.inventory;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;

/**
 * Registers the inventory aggregate, and runs the local-SKU lookup table in a subscribing processor whose errors
 * propagate: a refused claim must roll the command back, not be logged and skipped. The {@link LocalSkuTable}
 * instance itself is provided by the application (it needs the transaction-aware data source).
 */
public final class InventoryCommandModule implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(InventoryItem.class);
        configurer
                .eventProcessing()
                .registerSubscribingEventProcessor(LocalSkuTable.GROUP)
                .registerListenerInvocationErrorHandler(LocalSkuTable.GROUP, c -> PropagatingErrorHandler.instance());
    }
}
