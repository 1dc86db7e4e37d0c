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
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The feed calls wired by hand: a real PostgreSQL with {@code feed_document} and V204, the SP-API emulator in this JVM
 * over HTTP (frozen clock), clients checked against Amazon's models, and a command gateway that records what the
 * handlers send (it is the handlers' output, not a stand-in for a database).
 */
final class FeedCallsTestBed implements AutoCloseable {

    /** The payload helper's V203 table, as the brief gives it (their script is not in this branch). */
    static final String FEED_DOCUMENT_DDL = "create table if not exists feed_document (digest text primary key,"
            + " kind text not null, content bytea not null, bytes bigint not null,"
            + " created_at timestamptz not null)";

    final EmbeddedPostgres postgres;
    final DataSource dataSource;
    final JdbcTemplate jdbc;
    final DataSourceTransactionManager transactions;
    private final ConfigurableApplicationContext emulator;
    final URI base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    final List<Object> sent = new CopyOnWriteArrayList<>();
    final List<Duration> pauses = new CopyOnWriteArrayList<>();
    final CommandGateway commands;
    final Clock clock = new EmulatorTime();
    ContractValidator contract;
    SpApiClients clients;
    SpApiRateLimiter limiter;
    DocumentTransfer documents;
    FeedDocumentStore store;
    SubmissionAttempts attempts;

    FeedCallsTestBed() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        try (Connection connection = dataSource.getConnection();
                InputStream ddl = getClass()
                        .getResourceAsStream("/db/migration/integration/V204__feed_submission_attempts.sql")) {
            connection.createStatement().execute(FEED_DOCUMENT_DDL);
            connection.createStatement().execute(new String(ddl.readAllBytes(), StandardCharsets.UTF_8));
        }
        jdbc = new JdbcTemplate(dataSource);
        transactions = new DataSourceTransactionManager(dataSource);
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
        commands = recording(sent);
    }

    /** A fresh world, empty tables, new clients and buckets, nothing sent; call before each test. */
    void reset() {
        control("POST", "/seed", "{\"seed\":7,\"speed\":0,\"purchasesPerHour\":0}");
        control("PUT", "/config", "{\"rateMultiplier\":1000,\"gzipFeedResults\":false}");
        control("DELETE", "/faults", null);
        control("DELETE", "/calls", null);
        jdbc.update("truncate feed_document, feed_submission_attempt");
        sent.clear();
        pauses.clear();
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
        limiter = new SpApiRateLimiter(SpApiRateLimiter.local());
        clients = new SpApiClients(
                properties,
                lwa,
                limiter,
                new SpApiMetrics(new SimpleMeterRegistry()),
                client -> contract == null ? client : contract.wrap(client));
        documents = new DocumentTransfer(SpApiClients.httpClient(properties), List.of(), Duration.ofSeconds(5));
        store = new FeedDocumentStore(new JdbcTemplate(dataSource), clock);
        attempts = new SubmissionAttempts(dataSource, transactions, clock);
    }

    List<String> violations() {
        return contract == null ? List.of() : contract.violations();
    }

    FeedAccounts accounts() {
        SpApiAccount account = demoAccount();
        return id -> account;
    }

    FeedSubmitter submitter() {
        return submitter(documents);
    }

    FeedSubmitter submitter(DocumentTransfer transfer) {
        return submitter(transfer, pause -> {});
    }

    /**
     * A submitter whose pauses between feed lookups do not sleep: each pause is recorded in {@link #pauses}, moves the
     * emulator's clock on by its length, then runs {@code duringPause} (a test can change Amazon's world meanwhile).
     */
    FeedSubmitter submitter(DocumentTransfer transfer, java.util.function.Consumer<Duration> duringPause) {
        return new FeedSubmitter(accounts(), clients, transfer, limiter, store, attempts, commands, clock, pause -> {
            pauses.add(pause);
            advance(pause.toSeconds());
            duringPause.accept(pause);
        });
    }

    FeedReports reports() {
        return new FeedReports(accounts(), clients, documents, store, commands, clock);
    }

    FeedStatusChecker statusChecker() {
        return new FeedStatusChecker(accounts(), clients, commands, clock);
    }

    FeedCanceller canceller() {
        return new FeedCanceller(accounts(), clients, commands);
    }

    <T> List<T> sent(Class<T> type) {
        return sent.stream().filter(type::isInstance).map(type::cast).toList();
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

    /** The emulator's calls of one operation since the last reset. */
    List<JsonNode> calls(String operation) {
        List<JsonNode> calls = new ArrayList<>();
        control("GET", "/calls?operation=" + operation + "&limit=10000", null).forEach(calls::add);
        return calls;
    }

    /** Amazon's ground truth: every feed of the demo seller with its payload and report. */
    List<JsonNode> feeds() {
        List<JsonNode> feeds = new ArrayList<>();
        control("GET", "/feeds", null).forEach(feeds::add);
        return feeds;
    }

    void advance(long seconds) {
        control("POST", "/clock/advance", "{\"seconds\":" + seconds + "}");
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

    /** The demo seller's listings with an offer in {@code marketplace}, as the emulator knows them. */
    List<JsonNode> listings(String marketplace) {
        List<JsonNode> found = new ArrayList<>();
        control("GET", "/listings", null).forEach(l -> {
            if (l.path("offers").has(marketplace)) {
                found.add(l);
            }
        });
        return found;
    }

    /** A valid listings feed: a quantity PATCH per SKU, with the demo seller's id in the header. */
    byte[] payload(List<JsonNode> listings) {
        String sellerId = demoAccount().sellingPartnerId();
        StringBuilder json = new StringBuilder("{\"header\":{\"sellerId\":\"" + sellerId
                + "\",\"version\":\"2.0\",\"issueLocale\":\"en_US\"},\"messages\":[");
        for (int i = 0; i < listings.size(); i++) {
            JsonNode listing = listings.get(i);
            json.append(i == 0 ? "" : ",")
                    .append("{\"messageId\":")
                    .append(i + 1)
                    .append(",\"sku\":\"")
                    .append(listing.get("sku").asText())
                    .append("\",\"operationType\":\"PATCH\",\"productType\":\"")
                    .append(listing.get("productType").asText())
                    .append("\",\"patches\":[{\"op\":\"replace\",\"path\":\"/attributes/fulfillment_availability\","
                            + "\"value\":[{\"fulfillment_channel_code\":\"DEFAULT\",\"quantity\":")
                    .append(40 + i)
                    .append("}]}]}");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static CommandGateway recording(List<Object> sent) {
        return (CommandGateway) Proxy.newProxyInstance(
                CommandGateway.class.getClassLoader(), new Class<?>[] {CommandGateway.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("toString")) {
                        return "RecordingCommandGateway";
                    }
                    if (name.equals("hashCode")) {
                        return System.identityHashCode(proxy);
                    }
                    if (name.equals("equals")) {
                        return proxy == args[0];
                    }
                    if (name.startsWith("send")) {
                        sent.add(args[0]);
                        return name.equals("send") && method.getReturnType() == CompletableFuture.class
                                ? CompletableFuture.completedFuture(null)
                                : null;
                    }
                    throw new UnsupportedOperationException(name);
                });
    }

    /** The emulator's clock, so attempt times and {@code createdSince} line up with Amazon's. */
    private final class EmulatorTime extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.parse(control("GET", "/clock", null).get("now").asText());
        }
    }

    @Override
    public void close() throws IOException {
        emulator.close();
        postgres.close();
    }
}
