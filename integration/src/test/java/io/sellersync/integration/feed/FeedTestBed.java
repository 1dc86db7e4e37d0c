// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sellersync.emulator.EmulatorApplication;
import io.sellersync.integration.spapi.ContractValidator;
import io.sellersync.integration.spapi.LwaTokens;
import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiClients;
import io.sellersync.integration.spapi.SpApiMetrics;
import io.sellersync.integration.spapi.SpApiProperties;
import io.sellersync.integration.spapi.SpApiRateLimiter;
import io.sellersync.integration.spapi.documents.DocumentTransfer;
import io.sellersync.integration.vault.LwaCredentials;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The feed code wired by hand for tests: a real PostgreSQL with {@code feed_document}, the SP-API emulator in this JVM
 * on a free port with a frozen clock, and SP-API clients whose every exchange is checked against Amazon's models
 * (when this checkout has them).
 */
final class FeedTestBed implements AutoCloseable {

    final EmbeddedPostgres postgres;
    final JdbcTemplate jdbc;
    final FeedDocumentStore store;
    private final ConfigurableApplicationContext emulator;
    final URI base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    ContractValidator contract;
    SpApiClients clients;
    DocumentTransfer documents;

    FeedTestBed() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                InputStream ddl =
                        getClass().getResourceAsStream("/db/migration/integration/V203__feed_documents.sql")) {
            connection.createStatement().execute(new String(ddl.readAllBytes(), StandardCharsets.UTF_8));
        }
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        store = new FeedDocumentStore(jdbc, Clock.systemUTC());
        emulator = new SpringApplicationBuilder(EmulatorApplication.class)
                .properties(
                        "port=0",
                        "speed=0",
                        "buyers-per-hour=0",
                        "spring.main.banner-mode=off",
                        "spring.autoconfigure.exclude="
                                + "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
                .run();
        base = URI.create("http://127.0.0.1:" + emulator.getEnvironment().getProperty("local.server.port"));
    }

    /** A fresh world, an empty table and new clients; call before each test. */
    void reset() {
        control("POST", "/seed", "{\"seed\":7,\"speed\":0,\"purchasesPerHour\":0}");
        control("PUT", "/config", "{\"rateMultiplier\":1000}");
        control("DELETE", "/faults", null);
        control("DELETE", "/calls", null);
        jdbc.update("truncate feed_document");
        Path models = ContractValidator.modelsDir();
        contract = models == null ? null : ContractValidator.forModels(models);
        SpApiProperties properties = new SpApiProperties(
                null,
                base.resolve("/auth/o2/token"),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                2,
                Duration.ofMillis(10),
                Duration.ofMillis(50),
                List.of("127.0.0.1"),
                "sellersync-test/1.0 (Language=Java)");
        LwaTokens lwa = new LwaTokens(
                SpApiClients.httpClient(properties), SpApiClients.mapper(), Clock.systemUTC(), Duration.ofSeconds(5));
        clients = new SpApiClients(
                properties,
                lwa,
                new SpApiRateLimiter(SpApiRateLimiter.local()),
                new SpApiMetrics(new SimpleMeterRegistry()),
                client -> contract == null ? client : contract.wrap(client));
        documents = new DocumentTransfer(SpApiClients.httpClient(properties), List.of(), Duration.ofSeconds(5));
    }

    List<String> violations() {
        return contract == null ? List.of() : contract.violations();
    }

    JsonNode control(String method, String path, String json) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.resolve("/_emulator" + path)).header("Content-Type", "application/json");
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            String body = http.send(request.build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            return body == null || body.isBlank() ? mapper.createObjectNode() : mapper.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<JsonNode> calls(String operation) {
        List<JsonNode> calls = new ArrayList<>();
        control("GET", "/calls?operation=" + operation + "&limit=10000", null).forEach(calls::add);
        return calls;
    }

    void advance(long seconds) {
        control("POST", "/clock/advance", "{\"seconds\":" + seconds + "}");
    }

    /** The demo seller's listings (ground truth). */
    List<JsonNode> listings() {
        List<JsonNode> listings = new ArrayList<>();
        control("GET", "/listings", null).forEach(listings::add);
        return listings;
    }

    SpApiAccount demoAccount() {
        JsonNode credentials = control("GET", "/credentials", null);
        return new SpApiAccount(
                "demo",
                credentials.get("sellerId").asText(),
                base,
                base.resolve("/auth/o2/token"),
                credentials.get("clientId").asText(),
                new LwaCredentials(
                        credentials.get("clientSecret").asText(),
                        credentials.get("refreshToken").asText()));
    }

    @Override
    public void close() throws IOException {
        emulator.close();
        postgres.close();
    }
}
