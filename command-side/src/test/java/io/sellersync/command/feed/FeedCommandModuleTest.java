// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

class FeedCommandModuleTest {

    @Test
    void theSagaRunsInItsOwnStreamingProcessorAndTheSlotsInASubscribingOne() {
        DefaultConfigurer configurer = (DefaultConfigurer) DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        configurer.registerComponent(FeedTimings.class, c -> FeedTimings.DEFAULTS);
        new FeedCommandModule().configureModule(configurer);
        configurer.eventProcessing().registerEventHandler(c -> new FeedSlots(null));
        Configuration configuration = configurer.start();
        try {
            EventProcessor saga = configuration
                    .eventProcessingConfiguration()
                    .sagaEventProcessor(FeedSubmissionSaga.class)
                    .orElseThrow();
            assertThat(saga.getName()).isEqualTo(FeedSubmissionSaga.PROCESSOR);
            assertThat(saga).isInstanceOf(PooledStreamingEventProcessor.class);
            assertThat(configuration
                            .eventProcessingConfiguration()
                            .eventProcessorByProcessingGroup(FeedSlots.GROUP)
                            .orElseThrow())
                    .isInstanceOf(SubscribingEventProcessor.class);
        } finally {
            configuration.shutdown();
        }
    }
}
