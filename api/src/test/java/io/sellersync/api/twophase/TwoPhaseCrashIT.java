// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.twophase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellersync.emulator.EmbeddedEmulator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's crash and scale-out proof with sellersync as deployed: the jar in JVMs of its own on the machine's
 * PostgreSQL (127.0.0.1:5432/test, a fresh schema per test) and an in-process emulator that outlives them. One test
 * kills the application with SIGKILL at each step of a two-phase run — right after the run starts, once the price feed
 * is at Amazon, once its report is in, when the quantity phase starts, once the quantity feed is at Amazon, when a
 * rescue is requested and once the rescue's restore is accepted — and starts it again every time; the other runs two
 * nodes at once on one database. Either way the run completes, the emulator's call log shows exactly two
 * {@code createFeed} calls (one per phase), every SKU in each phase feed once, and the ground truth shows each new
 * price live before any quantity rise.
 */
class TwoPhaseCrashIT {

    private static final String JDBC = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String EVENTS = "io.sellersync.messages.";
    private static final String UK = "A1F83G8C2ARO7P";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private EmbeddedEmulator emulator;
    private String schema;
    private Path dataDir;
    private String token;
    private String sellerId;
    private final String secretKey = Base64.getEncoder()
            .encodeToString(UUID.randomUUID().toString().substring(0, 32).getBytes(StandardCharsets.US_ASCII));
    private final List<AppProcess> nodes = new ArrayList<>();

    @BeforeEach
    void startTheWorld() throws Exception {
        emulator = EmbeddedEmulator.start(
                Map.of("port", "0", "seed", "811", "speed", "0", "buyers-per-hour", "0", "history-days", "0"));
        control("PUT", "/config", "{\"rateMultiplier\":1000}");
        schema = "twophase_crash_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        sql("create schema " + schema);
        dataDir = Files.createTempDirectory("sellersync-crash");
        sellerId = control("GET", "/credentials", null).get("sellerId").asText();
    }

    @AfterEach
    void stopTheWorld() throws Exception {
        nodes.forEach(AppProcess::kill);
        nodes.clear();
        if (emulator != null) {
            emulator.close();
        }
        sql("drop schema if exists " + schema + " cascade");
    }

    @Test
    void aRunKilledAtEveryStepCompletesWithOneFeedPerPhaseAndEveryPriceLiveBeforeItsQuantity() throws Exception {
        AppProcess app = node("crash");
        Setup setup = setUp(app);

        String runId = push(app, setup);
        app = killAtEvent(app, "crash", runId, "twophase.TwoPhaseSyncStartedEvent", 1);
        String priceFeed = feedOf(runId, "price");
        app = killAtEvent(app, "crash", priceFeed, "feed.FeedSubmittedEvent", 1);
        advance(200);
        app = killAtEvent(app, "crash", priceFeed, "feed.FeedProcessedEvent", 1);
        advance(1000);
        app = killAtEvent(app, "crash", runId, "twophase.QuantityPhaseStartedEvent", 1);
        String quantityFeed = feedOf(runId, "quantity");
        app = killAtEvent(app, "crash", quantityFeed, "feed.FeedSubmittedEvent", 1);
        advance(200);
        app = killAtEvent(app, "crash", runId, "twophase.SkuRescueRequestedEvent", 1);
        awaitEvent(runId, "twophase.SkuRescueStepRecordedEvent", 1);
        advance(1000);
        app = killAtEvent(app, "crash", runId, "twophase.SkuRescueStepRecordedEvent", 2);
        advance(200);
        awaitEvent(runId, "twophase.TwoPhaseSyncCompletedEvent", 1);

        assertOnceAndSafe(setup, runId);
        assertThat(app.alive()).isTrue();
    }

    @Test
    void twoNodesOnOneDatabaseNeverAdvanceTheSameRunTwice() throws Exception {
        AppProcess first = node("node-a");
        Setup setup = setUp(first);
        AppProcess second = node("node-b");

        String runId = push(second, setup);
        String priceFeed = feedOf(runId, "price");
        awaitEvent(priceFeed, "feed.FeedSubmittedEvent", 1);
        advance(200);
        awaitEvent(priceFeed, "feed.FeedProcessedEvent", 1);
        advance(1000);
        String quantityFeed = feedOf(runId, "quantity");
        awaitEvent(quantityFeed, "feed.FeedSubmittedEvent", 1);
        advance(200);
        awaitEvent(runId, "twophase.SkuRescueStepRecordedEvent", 1);
        advance(1000);
        awaitEvent(runId, "twophase.SkuRescueStepRecordedEvent", 2);
        advance(200);
        awaitEvent(runId, "twophase.TwoPhaseSyncCompletedEvent", 1);

        assertOnceAndSafe(setup, runId);
        assertThat(calls("patchListingsItem"))
                .as("one zeroing and one restoring patch, from one node")
                .hasSize(2);
        assertThat(count(runId, "twophase.QuantityPhaseStartedEvent")).isEqualTo(1);
        assertThat(count(runId, "twophase.SkuRescueRequestedEvent")).isEqualTo(2);
        assertThat(first.alive() && second.alive()).isTrue();
    }

    // ---- the run's world

    /** What a run is made of: a live offer raised and restocked, and a new offer whose price drops with its stock. */
    private record Setup(
            String accountId, String restockSku, BigDecimal restockPrice, String newSku, BigDecimal newPrice) {}

    private Setup setUp(AppProcess app) throws Exception {
        token = adminToken();
        JsonNode credentials = control("GET", "/credentials", null);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("name", "Crash IT seller");
        input.put("sellingPartnerId", credentials.get("sellerId").asText());
        input.put("region", credentials.get("region").asText());
        input.put("marketplaces", List.of(UK));
        input.put("lwaClientId", credentials.get("clientId").asText());
        input.put("clientSecret", credentials.get("clientSecret").asText());
        input.put("refreshToken", credentials.get("refreshToken").asText());
        String accountId = data(
                        app,
                        "mutation($i: ConnectAccountInput!) { connectAccount(input: $i) { accountId } }",
                        Map.of("i", input))
                .get("connectAccount")
                .get("accountId")
                .asText();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> data(app, "{ accounts { id } }", Map.of())
                                .get("accounts")
                                .size()
                        == 1);

        JsonNode listing = merchantListing(credentials.get("sellerId").asText());
        BigDecimal live = listing.at("/offers/" + UK + "/price").decimalValue();
        BigDecimal raised = live.multiply(new BigDecimal("1.05")).setScale(2, RoundingMode.HALF_UP);
        String restockItem = item(
                app, listing.get("asin").asText(), listing.get("conditionType").asText(), raised, 2);
        String asin = unlistedAsin(credentials.get("sellerId").asText());
        BigDecimal newPrice = new BigDecimal("31.40");
        String newItem = item(app, asin, "new_new", newPrice, 1);
        JsonNode added = data(
                        app,
                        "mutation($ids: [ID!]!, $a: ID, $m: ID) { addToQueue(itemIds: $ids, accountId: $a, marketplaceId: $m)"
                                + " { itemId status reason entryId sellerSku } }",
                        Map.of("ids", List.of(restockItem, newItem), "a", accountId, "m", UK))
                .get("addToQueue");
        String newSku = null;
        for (JsonNode result : added) {
            assertThat(result.get("status").asText()).as(result.toString()).isIn("ADDED", "CONFLICT");
            if ("CONFLICT".equals(result.get("status").asText())) {
                data(
                        app,
                        "mutation($e: ID!) { resolvePriceConflict(entryId: $e, resolution: USE_MY_PRICE) { entryId } }",
                        Map.of("e", result.get("entryId").asText()));
            }
            if (result.get("itemId").asText().equals(newItem)) {
                newSku = result.get("sellerSku").asText();
            }
        }
        control("PUT", "/faults", "{\"priceDropsWithQuantitySkus\":[\"" + newSku + "\"]}");
        String sku = newSku;
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode plan = data(
                            app,
                            "query($a: ID!, $m: ID!) { feedPlan(accountId: $a, marketplaceId: $m)"
                                    + " { messages { sku } skipped { sku } } }",
                            Map.of("a", accountId, "m", UK))
                    .get("feedPlan");
            return plan.get("messages").size() == 2 && plan.get("skipped").isEmpty() && sku != null;
        });
        return new Setup(accountId, listing.get("sku").asText(), raised, newSku, newPrice);
    }

    private String push(AppProcess app, Setup setup) {
        JsonNode started = data(
                        app,
                        "mutation($a: ID!, $m: ID!) { pushQueue(accountId: $a, marketplaceId: $m, mode: TWO_PHASE,"
                                + " confirm: true) { mode runId skus } }",
                        Map.of("a", setup.accountId(), "m", UK))
                .get("pushQueue");
        assertThat(started.get("skus").asInt()).isEqualTo(2);
        return started.get("runId").asText();
    }

    private void assertOnceAndSafe(Setup setup, String runId) {
        assertThat(calls("createFeed"))
                .as("one createFeed per phase, whatever was killed")
                .hasSize(2);
        List<JsonNode> feeds = new ArrayList<>();
        control("GET", "/feeds?sellerId=" + sellerId, null).forEach(feeds::add);
        assertThat(feeds).hasSize(2);
        for (JsonNode feed : feeds) {
            List<String> skus = new ArrayList<>();
            readTree(feed.get("payload").asText())
                    .get("messages")
                    .forEach(m -> skus.add(m.get("sku").asText()));
            assertThat(skus).as("every SKU once per phase feed").doesNotHaveDuplicates();
        }
        assertPriceBeforeQuantity(setup.restockSku(), setup.restockPrice());
        assertPriceBeforeQuantity(setup.newSku(), setup.newPrice());
        JsonNode truth = control("GET", "/listings/" + sellerId + "/" + setup.newSku(), null);
        assertThat(truth.get("quantity").asInt()).isEqualTo(1);
        assertThat(count(runId, "twophase.TwoPhaseSyncCompletedEvent")).isEqualTo(1);
    }

    /** From the ground truth: whenever the SKU's quantity rose through a submission, the new price was already live. */
    private void assertPriceBeforeQuantity(String sku, BigDecimal price) {
        int rises = RunWorld.assertPriceLiveBeforeEveryQuantityRise(
                control("GET", "/changes?sellerId=" + sellerId + "&sku=" + sku, null), sku, price);
        assertThat(rises).as("%s's quantity rose", sku).isPositive();
    }

    // ---- the application

    private AppProcess node(String name) throws IOException {
        String emulatorUrl = emulator.baseUrl().toString().replaceAll("/$", "");
        AppProcess app = AppProcess.start(
                name,
                List.of(
                        "--spring.datasource.url=" + JDBC + "?currentSchema=" + schema,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--spring.datasource.hikari.maximum-pool-size=6",
                        "--sellersync.data-dir=" + dataDir.resolve(name),
                        "--sellersync.secret-key=" + secretKey,
                        "--sellersync.demo.enabled=false",
                        "--sellersync.spapi.endpoints.EU=" + emulatorUrl,
                        "--sellersync.spapi.lwa-url=" + emulatorUrl + "/auth/o2/token",
                        "--sellersync.feeds.poll-min=1s",
                        "--sellersync.feeds.poll-max=2s",
                        "--sellersync.feeds.queue-warning=10m",
                        "--sellersync.feeds.queue-stuck=1h",
                        "--sellersync.feeds.verify-first=1s",
                        "--sellersync.feeds.verify-max=2s",
                        "--sellersync.feeds.verify-timeout=5m",
                        "--sellersync.feeds.verify-timeout-new-sku=5m",
                        "--sellersync.twophase.price-timeout=5m",
                        "--sellersync.twophase.settle-after-first=5m",
                        "--sellersync.twophase.rescue-timeout=5m"));
        nodes.add(app);
        return app;
    }

    /** Waits for the aggregate's {@code n}th event of that type, then kills the application and starts it again. */
    private AppProcess killAtEvent(AppProcess app, String name, String aggregate, String event, int n)
            throws Exception {
        awaitEvent(aggregate, event, n);
        app.kill();
        nodes.remove(app);
        return node(name);
    }

    private String feedOf(String runId, String phase) {
        return UUID.nameUUIDFromBytes((runId + "/" + phase).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Inserts an administrator and an API token the way the application stores them (the token's SHA-256 only). */
    private String adminToken() throws Exception {
        String secret = "sst_" + UUID.randomUUID().toString().replace("-", "")
                + UUID.randomUUID().toString().replace("-", "");
        String digest = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        try (Connection db = connect();
                PreparedStatement user = db.prepareStatement(
                        "insert into app_user (username, password_hash, role, created_at) values ('crash', '{noop}-', 'ADMIN', ?)");
                PreparedStatement apiToken = db.prepareStatement(
                        "insert into api_token (id, name, token_hash, username, created_at) values (?, 'crash IT', ?, 'crash', ?)")) {
            user.setTimestamp(1, Timestamp.from(Instant.now()));
            user.executeUpdate();
            apiToken.setString(1, UUID.randomUUID().toString());
            apiToken.setString(2, digest);
            apiToken.setTimestamp(3, Timestamp.from(Instant.now()));
            apiToken.executeUpdate();
        }
        return secret;
    }

    private String item(AppProcess app, String asin, String conditionCode, BigDecimal price, int quantity) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("localSku", "CRASH-" + UUID.randomUUID().toString().substring(0, 8));
        input.put("asin", asin);
        input.put("title", "Crash IT " + asin);
        input.put("condition", conditionCode.toUpperCase(Locale.ROOT));
        input.put("price", price.toPlainString());
        input.put("currency", "GBP");
        input.put("quantity", quantity);
        String id = data(
                        app,
                        "mutation($i: InventoryItemInput!) { createInventoryItem(input: $i) { itemId } }",
                        Map.of("i", input))
                .get("createInventoryItem")
                .get("itemId")
                .asText();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !data(app, "query($id: ID!) { inventoryItem(id: $id) { id } }", Map.of("id", id))
                        .get("inventoryItem")
                        .isNull());
        return id;
    }

    private JsonNode merchantListing(String sellerId) {
        for (JsonNode listing : control("GET", "/listings?sellerId=" + sellerId, null)) {
            JsonNode offer = listing.path("offers").path(UK);
            boolean merchant = "DEFAULT"
                    .equals(control(
                                    "GET",
                                    "/listings/" + sellerId + "/"
                                            + listing.get("sku").asText() + "/health",
                                    null)
                            .path("fulfillmentChannel")
                            .asText());
            if (merchant
                    && offer.has("price")
                    && "GBP".equals(offer.path("currency").asText())
                    && offer.get("price").decimalValue().compareTo(BigDecimal.TEN) > 0
                    && "new_new".equals(listing.get("conditionType").asText())
                    && listing.get("quantity").asInt() > 1
                    && uniqueOffer(sellerId, listing)) {
                return listing;
            }
        }
        throw new IllegalStateException("no merchant-fulfilled new UK listing");
    }

    private boolean uniqueOffer(String sellerId, JsonNode listing) {
        int same = 0;
        for (JsonNode other : control("GET", "/listings?sellerId=" + sellerId, null)) {
            if (other.get("asin").asText().equals(listing.get("asin").asText())
                    && other.get("conditionType")
                            .asText()
                            .equals(listing.get("conditionType").asText())) {
                same++;
            }
        }
        return same == 1;
    }

    private String unlistedAsin(String sellerId) {
        List<String> listed = new ArrayList<>();
        control("GET", "/listings?sellerId=" + sellerId, null)
                .forEach(l -> listed.add(l.get("asin").asText()));
        for (JsonNode item : control("GET", "/catalog", null)) {
            if (!listed.contains(item.get("asin").asText())) {
                return item.get("asin").asText();
            }
        }
        throw new IllegalStateException("every catalogue ASIN is listed");
    }

    // ---- plumbing

    private JsonNode data(AppProcess app, String document, Map<String, Object> variables) {
        ObjectNode body = JSON.createObjectNode();
        body.put("query", document);
        body.set("variables", JSON.valueToTree(variables));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        JsonNode answer = readTree(send(request));
        assertThat(answer.path("errors").isMissingNode()
                        || answer.path("errors").isEmpty())
                .as("GraphQL errors: %s", answer)
                .isTrue();
        return answer.get("data");
    }

    private JsonNode control(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(emulator.baseUrl().resolve("/_emulator" + path))
                .header("Content-Type", "application/json");
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        String body = send(request.build());
        return body == null || body.isBlank() ? JSON.nullNode() : readTree(body);
    }

    private List<JsonNode> calls(String operation) {
        List<JsonNode> calls = new ArrayList<>();
        control("GET", "/calls?operation=" + operation, null).forEach(calls::add);
        return calls;
    }

    private void advance(long seconds) {
        control("POST", "/clock/advance", "{\"seconds\":" + seconds + "}");
    }

    private void awaitEvent(String aggregate, String event, int n) {
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(200))
                .alias(n + " × " + event + " of " + aggregate + " in the event store (logs: target/app-processes)")
                .until(() -> count(aggregate, event) >= n);
    }

    private int count(String aggregate, String event) {
        try (Connection db = connect();
                PreparedStatement query = db.prepareStatement(
                        "select count(*) from domain_event_entry where aggregate_identifier = ? and payload_type = ?")) {
            query.setString(1, aggregate);
            query.setString(2, EVENTS + event);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(JDBC + "?currentSchema=" + schema, "postgres", "");
    }

    private static void sql(String statement) throws SQLException {
        try (Connection db = DriverManager.getConnection(JDBC, "postgres", "");
                Statement sql = db.createStatement()) {
            sql.execute(statement);
        }
    }

    private static String send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(
                        request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
