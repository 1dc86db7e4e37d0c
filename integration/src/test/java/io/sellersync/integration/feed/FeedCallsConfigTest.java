// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.messages.feed.FeedId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three feed processors as {@link FeedCallsConfig} registers them, in a real Axon configuration (in-memory event
 * store and tokens): a handler that throws once (a database blip in {@code sendAndWait}, a failed lookup) is handed
 * the same event again, instead of Axon's default of logging the failure and moving on.
 */
class FeedCallsConfigTest {

    private Configuration axon;

    @AfterEach
    void shutDown() {
        if (axon != null) {
            axon.shutdown();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {FeedCallsConfig.SUBMISSION_GROUP, FeedCallsConfig.VERIFICATION_GROUP, DryRunValidator.GROUP})
    void aHandlerFailureIsRetriedByTheProcessorNotSkipped(String group) throws Exception {
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        FeedCallsConfig.configureProcessors(configurer);
        FailsOnce handler = new FailsOnce();
        configurer.eventProcessing().assignHandlerInstancesMatching(group, h -> h == handler);
        configurer.eventProcessing().registerEventHandler(c -> handler);
        axon = configurer.start();
        StreamingEventProcessor processor = axon.eventProcessingConfiguration()
                .eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow();
        // The processors start at the head: publish only once the processor holds its segments.
        await(() -> !processor.processingStatus().isEmpty(), "the processor claims its segments");

        FeedId feedId = FeedId.random();
        axon.eventBus().publish(GenericEventMessage.asEventMessage(feedId));

        await(() -> handler.handled.size() >= 2, "the failed event is handed over again");
        assertThat(handler.handled).allMatch(feedId::equals);
        assertThat(handler.calls.get()).isEqualTo(2);
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }

    /** Throws on the first event it sees, handles every later one. */
    @ProcessingGroup("assigned-by-the-test")
    static final class FailsOnce {
        final AtomicInteger calls = new AtomicInteger();
        final List<FeedId> handled = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(FeedId event) {
            handled.add(event);
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("a database blip");
            }
        }
    }
}
