// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.config;

import io.sellersync.command.shared.BusinessErrorInterceptor;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the command bus interceptors: origin stamping on dispatch, business-error wrapping on handling. Kept
 * apart from {@link AxonConfig}, whose configurer modules the command bus itself depends on.
 */
@Configuration
class CommandBusInterceptors {

    @Autowired
    void register(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(new CommandOriginInterceptor());
        commandBus.registerHandlerInterceptor(new BusinessErrorInterceptor());
    }
}
