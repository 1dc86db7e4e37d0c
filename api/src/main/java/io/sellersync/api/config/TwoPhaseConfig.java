// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.config;

import io.sellersync.command.twophase.TwoPhaseCommandModule;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the two-phase run's command side: the {@code TwoPhaseSync} aggregate and its saga. */
@Configuration(proxyBeanMethods = false)
public class TwoPhaseConfig {

    @Bean
    ConfigurerModule twoPhaseCommandModule() {
        return new TwoPhaseCommandModule();
    }
}
