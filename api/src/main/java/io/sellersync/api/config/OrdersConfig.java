// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.config;

import io.sellersync.command.orders.OrdersCommandModule;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the orders feature's command side: the {@code AmazonOrder} aggregate, the inventory linking policy
 * ({@code order-linking} processor) and the seller's linking commands (resolve unmatched, release).
 */
@Configuration
public class OrdersConfig {

    @Bean
    ConfigurerModule ordersCommandModule() {
        return new OrdersCommandModule();
    }
}
