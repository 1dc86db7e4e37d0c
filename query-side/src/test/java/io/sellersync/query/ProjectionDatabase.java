// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query;

import io.sellersync.messages.finances.FeeRules;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * The feed, queue, sync-cursor and finance projections wired by Spring Boot against the real PostgreSQL on 127.0.0.1:5432 (database
 * {@code test}), in a schema of their own that Flyway cleans and migrates with the query-side scripts at start. Entities
 * are validated against the migrated tables ({@code ddl-auto=validate}), as the application does. Use with
 * {@code @SpringBootTest(classes = ProjectionDatabase.class)} and
 * {@code @TestPropertySource("classpath:projection-database.properties")}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
        basePackages = {
            "io.sellersync.query.feed",
            "io.sellersync.query.queue",
            "io.sellersync.query.sync",
            "io.sellersync.query.twophase",
            "io.sellersync.query.finances",
            "io.sellersync.query.orders"
        })
public class ProjectionDatabase {

    @Bean
    QueryUpdateEmitter queryUpdateEmitter() {
        return SimpleQueryUpdateEmitter.builder().build();
    }

    @Bean
    FeeRules feeRules() {
        return FeeRules.defaults();
    }

    /** An in-memory event store for the query handlers that read an aggregate's history. */
    @Bean
    EventStore eventStore() {
        return EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
    }

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
