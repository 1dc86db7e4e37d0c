// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.feed;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * Registers the feed aggregate, the submission saga (its processor starts at the head of the event stream: it drives
 * new feeds only, never history) and the feed-slots table in a subscribing processor whose errors propagate, so a
 * refused slot rolls the {@code BuildFeedCommand} back. The {@link FeedSlots} instance and the {@link FeedTimings}
 * resource are provided by the application.
 */
public final class FeedCommandModule implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(Feed.class);
        configurer
                .eventProcessing()
                .registerSaga(FeedSubmissionSaga.class)
                .registerPooledStreamingEventProcessor(
                        FeedSubmissionSaga.PROCESSOR,
                        c -> c.eventStore(),
                        (c, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken))
                .registerSubscribingEventProcessor(FeedSlots.GROUP)
                .registerListenerInvocationErrorHandler(FeedSlots.GROUP, c -> PropagatingErrorHandler.instance());
    }
}
