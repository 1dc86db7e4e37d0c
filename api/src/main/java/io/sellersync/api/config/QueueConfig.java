// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.config;

import io.sellersync.command.queue.QueueCommandModule;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the sync queue's command side (the {@code QueueItem} aggregate and its price policy). */
@Configuration(proxyBeanMethods = false)
public class QueueConfig {

    @Bean
    ConfigurerModule queueCommandModule() {
        return new QueueCommandModule();
    }
}
