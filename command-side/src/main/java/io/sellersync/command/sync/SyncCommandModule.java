// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.sync;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers the sync cursor aggregate (one per account and data set). */
public final class SyncCommandModule implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(SyncCursor.class);
    }
}
