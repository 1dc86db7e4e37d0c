// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.shared;

import io.sellersync.messages.shared.BusinessException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Turns a handler's {@link BusinessException} into a {@link CommandExecutionException} whose details carry the
 * {@code BusinessError}, so the refusal survives any command bus (local or distributed) with its code and field.
 */
public class BusinessErrorInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (BusinessException e) {
            throw new CommandExecutionException(e.getMessage(), null, e.error());
        }
    }
}
