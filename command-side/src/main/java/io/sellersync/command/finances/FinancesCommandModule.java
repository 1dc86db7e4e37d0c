// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.finances;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers the financial transaction aggregate (one per account and Amazon transaction id). */
public final class FinancesCommandModule implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(FinancialTransaction.class);
    }
}
