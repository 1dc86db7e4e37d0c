// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.config;

import io.sellersync.command.inventory.InventoryCommandModule;
import io.sellersync.command.inventory.LocalSkuTable;
import javax.sql.DataSource;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Wires the inventory command side: the aggregate and its subscribing processor, and the local-SKU lookup table on a
 * transaction-aware data source, so its reads and claims share the transaction that stores the command's events.
 * The table is a bean so command handlers receive it as a parameter and Axon registers its event handlers.
 */
@Configuration
public class InventoryConfig {

    @Bean
    ConfigurerModule inventoryCommandModule() {
        return new InventoryCommandModule();
    }

    @Bean
    LocalSkuTable inventoryLocalSkus(DataSource dataSource) {
        return new LocalSkuTable(new TransactionAwareDataSourceProxy(dataSource));
    }
}
