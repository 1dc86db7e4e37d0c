// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.twophase;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * Registers the two-phase run aggregate and its saga. The saga's processor starts at the head of the event stream (it
 * drives new runs only, never history) and propagates handler errors, so an event is handled again rather than
 * skipped; its handlers are safe to repeat. {@code FeedTimings} (the rescue read-back pace) is a resource the
 * application provides.
 */
public final class TwoPhaseCommandModule implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(TwoPhaseSync.class);
        configurer
                .eventProcessing()
                .registerSaga(TwoPhaseSyncSaga.class)
                .registerPooledStreamingEventProcessor(
                        TwoPhaseSyncSaga.PROCESSOR,
                        c -> c.eventStore(),
                        (c, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken))
                .registerListenerInvocationErrorHandler(
                        TwoPhaseSyncSaga.PROCESSOR, c -> PropagatingErrorHandler.instance());
    }
}
