// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import static io.sellersync.integration.feed.FeedFixtures.DE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.FeedDocumentView;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.FeedPayloadRef;
import io.sellersync.messages.feed.FindFeedDocumentQuery;
import io.sellersync.messages.feed.StoreFeedPayloadCommand;
import io.sellersync.messages.shared.Money;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The payload is rendered, checked and stored by digest in a real PostgreSQL; a retry stores nothing new. */
class FeedPayloadHandlersTest {

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;
    private FeedDocumentStore store;
    private FeedPayloadHandlers handlers;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                InputStream ddl = FeedPayloadHandlersTest.class.getResourceAsStream(
                        "/db/migration/integration/V203__feed_documents.sql")) {
            connection.createStatement().execute(new String(ddl.readAllBytes(), StandardCharsets.UTF_8));
        }
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void reset() {
        jdbc.update("truncate feed_document");
        store = new FeedDocumentStore(jdbc, Clock.systemUTC());
        handlers = new FeedPayloadHandlers(null, store);
    }

    private static StoreFeedPayloadCommand command(List<FeedMessage> messages) {
        return new StoreFeedPayloadCommand(new AccountId("acc"), DE, messages);
    }

    @Test
    void storesTheExactDocumentByItsSha256Once() {
        StoreFeedPayloadCommand command = command(
                List.of(FeedFixtures.patch(1, "A", Money.of("10.00", "EUR"), 3), FeedFixtures.patch(2, "B", null, 1)));
        byte[] expected = ListingsFeedWriter.write("SELLER", DE, command.messages());

        FeedPayloadRef first = FeedPayloadHandlers.store(store, "SELLER", command);
        FeedPayloadRef again = FeedPayloadHandlers.store(store, "SELLER", command);

        assertThat(first).isEqualTo(again);
        assertThat(first.bytes()).isEqualTo(expected.length);
        assertThat(first.digest()).hasSize(64).isEqualTo(FeedDocumentStore.digest(expected));
        assertThat(jdbc.queryForObject("select count(*) from feed_document", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select kind from feed_document", String.class))
                .isEqualTo("PAYLOAD");
        FeedDocumentView view = handlers.handle(new FindFeedDocumentQuery(first.digest()));
        assertThat(view.content()).isEqualTo(expected);
    }

    @Test
    void aDocumentThatBreaksTheSchemaIsRefusedAndNotStored() {
        StoreFeedPayloadCommand empty = command(List.of());
        StoreFeedPayloadCommand nothingToPatch = command(List.of(FeedFixtures.patch(1, "A", null, null)));

        assertThatThrownBy(() -> FeedPayloadHandlers.store(store, "SELLER", empty))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("messages: must have at least 1 message");
        assertThatThrownBy(() -> FeedPayloadHandlers.store(store, "SELLER", nothingToPatch))
                .hasMessageContaining("messages[0].patches: must have at least 1 patch");
        assertThat(jdbc.queryForObject("select count(*) from feed_document", Integer.class))
                .isZero();
    }

    @Test
    void anUnknownDigestAnswersNoContent() {
        assertThat(handlers.handle(new FindFeedDocumentQuery("00")).content()).isNull();
        assertThat(store.get("00")).isEmpty();
    }

    @Test
    void theStoreKeepsReportsToo() {
        byte[] report = "{\"header\":{}}".getBytes(StandardCharsets.UTF_8);
        String digest = store.put(FeedDocumentStore.REPORT, report);

        assertThat(store.get(digest)).hasValue(report);
        assertThat(store.put(FeedDocumentStore.REPORT, report)).isEqualTo(digest);
    }
}
