// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.SellersyncApplication;
import io.sellersync.api.accounts.AccountConnections;
import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import io.sellersync.emulator.EmbeddedEmulator;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.SpApiEndpoints;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import io.sellersync.messages.shared.Region;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The application stopped and started again at every step of a submission: after the step's event is in the event
 * store, the running application is closed and a new one starts on the same database (the machine's PostgreSQL,
 * 127.0.0.1:5432/test, a fresh schema per case) and the same emulator, which outlives every restart. The feed must
 * still complete, its entries leave the queue and their items become LISTED, and Amazon must have received exactly
 * one {@code createFeed}. Skipped when that PostgreSQL is not reachable.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedRestartIT {

    private static final String JDBC = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String EVENTS = "io.sellersync.messages.feed.";
    private static final int SEED = 650;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private EmbeddedEmulator emulator;
    private ConfigurableApplicationContext app;
    private String schema;
    private Path dataDir;

    @BeforeAll
    void startTheEmulator() {
        assumeTrue(databaseReachable(), "PostgreSQL at 127.0.0.1:5432/test is not reachable; restart test skipped");
        emulator = EmbeddedEmulator.start(Map.of(
                "port", "0", "seed", String.valueOf(SEED), "speed", "0", "buyers-per-hour", "0", "history-days", "0"));
    }

    @AfterAll
    void stopTheEmulator() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @AfterEach
    void stopTheApplication() throws SQLException {
        if (app != null) {
            app.close();
            app = null;
        }
        if (schema != null) {
            try (Connection db = DriverManager.getConnection(JDBC, "postgres", "");
                    Statement sql = db.createStatement()) {
                sql.execute("drop schema if exists " + schema + " cascade");
            }
            schema = null;
        }
    }

    @ParameterizedTest(name = "restarted after {0}")
    @ValueSource(
            strings = {
                "FeedBuiltEvent",
                "FeedDocumentUploadedEvent",
                "FeedSubmittedEvent",
                "FeedProcessingStartedEvent",
                "FeedProcessingFinishedEvent",
                "FeedProcessedEvent",
                "FeedVerificationRequestedEvent"
            })
    void theFeedCompletesWithOneCreateFeedWhenTheApplicationRestartsAfter(String step) throws Exception {
        schema = "feed_restart_" + step.toLowerCase(Locale.ROOT).replace("event", "") + "_"
                + UUID.randomUUID().toString().substring(0, 6);
        try (Connection db = DriverManager.getConnection(JDBC, "postgres", "");
                Statement sql = db.createStatement()) {
            sql.execute("create schema " + schema);
        }
        dataDir = IntegrationTestSupport.freshDataDir("sellersync-feed-restart-");
        // A fresh world on the shared emulator, its clock at the real time: a recovery after a restart looks the
        // feed up by its creation time, which Amazon reports on its own clock.
        JsonNode seeded = control(
                "POST",
                "/seed",
                "{\"seed\":" + SEED + ",\"startTime\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                        + "\",\"speed\":0,\"purchasesPerHour\":0}");
        control("PUT", "/config", "{\"rateMultiplier\":1000}");
        JsonNode credentials = seeded.get("credentials");

        app = start();
        AccountId account = connect(credentials);
        String sellerId = credentials.get("sellerId").asText();
        FeedWorld world = world(account, sellerId);
        world.awaitAccount();
        JsonNode patched = world.nextListing();
        JsonNode repriced = world.nextListing();
        InventoryItemId first = world.item(patched, FeedWorld.livePrice(patched), 2);
        Money newPrice = FeedWorld.nudged(FeedWorld.livePrice(repriced));
        InventoryItemId second = world.item(repriced, newPrice, 1);
        InventoryItemId third = world.item(world.nextUnlisted(), ItemCondition.NEW_NEW, Money.of("17.50", "GBP"), 2);
        world.addAll(List.of(first, second, third));
        world.resolve(second, "USE_MY_PRICE");
        List<InventoryItemId> items = List.of(first, second, third);

        String feedId = world.submit(false).get("feedId").asText();

        world = passStep(step, "FeedBuiltEvent", feedId, world, account, sellerId);
        world = passStep(step, "FeedDocumentUploadedEvent", feedId, world, account, sellerId);
        world = passStep(step, "FeedSubmittedEvent", feedId, world, account, sellerId);
        advance(40); // Amazon starts processing: IN_PROGRESS
        world = passStep(step, "FeedProcessingStartedEvent", feedId, world, account, sellerId);
        advance(60); // DONE, nothing live yet (quantity after 60 s, new offers after 5 min, price after 15 min)
        world = passStep(step, "FeedProcessingFinishedEvent", feedId, world, account, sellerId);
        world = passStep(step, "FeedProcessedEvent", feedId, world, account, sellerId);
        world = passStep(step, "FeedVerificationRequestedEvent", feedId, world, account, sellerId);
        advance(1000); // every change live; short of the access tokens' hour on the emulator's clock
        awaitEvent(feedId, "FeedCompletedEvent");

        JsonNode done = world.awaitFeed(feedId, "COMPLETED");
        assertThat(done.at("/feed/verified").asInt()).as(done.toString()).isEqualTo(3);
        FeedWorld finalWorld = world;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(finalWorld.queueEntries()).isEmpty();
            for (InventoryItemId item : items) {
                assertThat(finalWorld.status(item)).isEqualTo(InventoryStatus.LISTED);
            }
        });
        List<JsonNode> createFeeds = world.calls("createFeed");
        assertThat(createFeeds).as("createFeed calls").hasSize(1);
        assertThat(createFeeds.get(0).get("status").asInt()).isEqualTo(202);
        List<JsonNode> feeds = world.emulatorFeeds();
        assertThat(feeds).hasSize(1);
        assertThat(feeds.get(0).at("/feed/feedId").asText())
                .isEqualTo(done.at("/feed/amazonFeedId").asText());
        assertThat(count(feedId, "FeedSubmittedEvent")).isEqualTo(1);
    }

    /** Waits for the step's event; when it is the step under test, restarts the application. */
    private FeedWorld passStep(
            String step, String event, String feedId, FeedWorld world, AccountId account, String sellerId)
            throws Exception {
        awaitEvent(feedId, event);
        if (!step.equals(event)) {
            return world;
        }
        app.close();
        app = start();
        return world(account, sellerId);
    }

    private ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + JDBC + "?currentSchema=" + schema,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=8",
                "--sellersync.data-dir=" + dataDir,
                "--sellersync.demo.enabled=false",
                "--sellersync.feeds.poll-min=1s",
                "--sellersync.feeds.poll-max=2s",
                "--sellersync.feeds.queue-warning=10m",
                "--sellersync.feeds.queue-stuck=1h",
                "--sellersync.feeds.verify-first=1s",
                "--sellersync.feeds.verify-max=2s",
                "--sellersync.feeds.verify-timeout=5m",
                "--sellersync.feeds.verify-timeout-new-sku=5m"));
        return new SpringApplicationBuilder(SellersyncApplication.class)
                .registerShutdownHook(false)
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("feedRestartTestExcludes", new TestConfigurationsExcluded()))
                .run(args.toArray(String[]::new));
    }

    /** The application as deployed: the test configurations of the test class path are not scanned in. */
    static final class TestConfigurationsExcluded extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestConfigurationsExcluded;
        }

        @Override
        public int hashCode() {
            return TestConfigurationsExcluded.class.hashCode();
        }
    }

    private AccountId connect(JsonNode credentials) {
        List<MarketplaceId> marketplaces = new ArrayList<>();
        credentials.get("marketplaceIds").forEach(id -> marketplaces.add(new MarketplaceId(id.asText())));
        URI base = emulator.baseUrl();
        return app.getBean(AccountConnections.class)
                .connect(new AccountConnections.Connection(
                        "Restart IT seller",
                        credentials.get("sellerId").asText(),
                        Region.valueOf(credentials.get("region").asText()),
                        List.copyOf(marketplaces),
                        credentials.get("clientId").asText(),
                        credentials.get("clientSecret").asText(),
                        credentials.get("refreshToken").asText(),
                        null,
                        new SpApiEndpoints(
                                base.toString(), base.resolve("/auth/o2/token").toString())));
    }

    private FeedWorld world(AccountId account, String sellerId) {
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        String token = IntegrationTestSupport.adminToken(app.getBean(UserAccounts.class), app.getBean(ApiTokens.class));
        return new FeedWorld(
                port,
                token,
                account,
                sellerId,
                this::control,
                app.getBean(CommandGateway.class),
                app.getBean(QueryGateway.class));
    }

    private void awaitEvent(String feedId, String event) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .alias(event + " of feed " + feedId + " in the event store")
                .until(() -> count(feedId, event) > 0);
    }

    private int count(String feedId, String event) throws SQLException {
        try (Connection db = DriverManager.getConnection(JDBC + "?currentSchema=" + schema, "postgres", "");
                PreparedStatement query = db.prepareStatement(
                        "select count(*) from domain_event_entry where aggregate_identifier = ? and payload_type = ?")) {
            query.setString(1, feedId);
            query.setString(2, EVENTS + event);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private void advance(long seconds) {
        control("POST", "/clock/advance", "{\"seconds\":" + seconds + "}");
    }

    private JsonNode control(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(emulator.baseUrl().resolve("/_emulator" + path))
                .header("Content-Type", "application/json");
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode())
                    .as(method + " " + path + ": " + response.body())
                    .isLessThan(300);
            String body = response.body();
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean databaseReachable() {
        try (Connection db = DriverManager.getConnection(JDBC, "postgres", "")) {
            return db.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
