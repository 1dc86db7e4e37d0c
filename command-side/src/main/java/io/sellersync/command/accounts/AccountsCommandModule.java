// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.accounts;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers the account aggregate; aggregates stay package-private, so each feature registers its own. */
public final class AccountsCommandModule implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(SellerAccount.class);
    }
}
