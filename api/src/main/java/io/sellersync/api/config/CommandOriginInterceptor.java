// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.config;

import io.sellersync.query.activity.ActivityProjection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps every command with its name and the signed-in user; the correlation data provider copies both onto the
 * events the command causes, which is how the Activity page answers "from which command, by whom".
 */
class CommandOriginInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> origin = new HashMap<>();
            origin.put(ActivityProjection.COMMAND_KEY, command.getPayloadType().getSimpleName());
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            if (user != null
                    && user.isAuthenticated()
                    && !command.getMetaData().containsKey(ActivityProjection.USER_KEY)) {
                origin.put(ActivityProjection.USER_KEY, user.getName());
            }
            return command.andMetaData(origin);
        };
    }
}
