// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import static io.sellersync.integration.spapi.ScriptedServer.Reply.error;
import static io.sellersync.integration.spapi.ScriptedServer.Reply.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sellersync.integration.spapi.api.FeedsApi;
import io.sellersync.integration.spapi.api.FinancesApi;
import io.sellersync.integration.spapi.api.ListingsApi;
import io.sellersync.integration.spapi.generated.feeds.CreateFeedSpecification;
import io.sellersync.integration.spapi.generated.finances.ListTransactionsResponse;
import io.sellersync.integration.spapi.generated.listings.Item;
import io.sellersync.integration.vault.LwaCredentials;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client against a scripted HTTP server: retries that stop, typed errors, token handling, metrics — and every
 * request and response checked against Amazon's models (when {@code sellersync.spapi.dir} is present).
 */
class SpApiClientTest {

    private static final String ITEM_PATH = "/listings/2021-08-01/items/A2SELLER/SKU-1";
    private static final String ITEM = "{\"sku\":\"SKU-1\",\"summaries\":[{\"marketplaceId\":\"A1F83G8C2ARO7P\","
            + "\"asin\":\"B000000001\",\"productType\":\"BOOK\",\"status\":[\"BUYABLE\"],"
            + "\"itemName\":\"A book\",\"createdDate\":\"2026-01-01T00:00:00Z\",\"lastUpdatedDate\":\"2026-01-02T00:00:00Z\"}]}";

    private ScriptedServer amazon;
    private SimpleMeterRegistry registry;
    private ContractValidator contract;
    private final List<Duration> backoffs = new ArrayList<>();
    private SpApiClients clients;
    private LwaTokens lwa;
    private SpApiAccount account;

    @BeforeEach
    void setUp() throws Exception {
        amazon = new ScriptedServer();
        registry = new SimpleMeterRegistry();
        Path models = ContractValidator.modelsDir();
        contract = models == null ? null : ContractValidator.forModels(models);
        SpApiProperties properties = new SpApiProperties(
                null,
                amazon.uri(ScriptedServer.TOKEN_PATH),
                Duration.ofSeconds(2),
                Duration.ofMillis(500),
                4,
                Duration.ofMillis(100),
                Duration.ofSeconds(2),
                List.of("127.0.0.1"),
                "sellersync-test/1.0 (Language=Java)");
        lwa = new LwaTokens(
                SpApiClients.httpClient(properties), SpApiClients.mapper(), Clock.systemUTC(), Duration.ofSeconds(2));
        clients = new SpApiClients(
                properties,
                lwa,
                new SpApiRateLimiter(SpApiRateLimiter.local()),
                new SpApiMetrics(registry),
                client -> contract == null ? client : contract.wrap(client),
                backoffs::add);
        account = new SpApiAccount(
                "acc-1",
                "A2SELLER",
                amazon.uri(""),
                amazon.uri(ScriptedServer.TOKEN_PATH),
                "amzn1.application-oa2-client.test",
                new LwaCredentials("client-secret", "Atzr|refresh"));
    }

    @AfterEach
    void tearDown() {
        amazon.close();
        if (contract != null) {
            assertThat(contract.violations())
                    .as("requests and responses against Amazon's models")
                    .isEmpty();
        }
    }

    private Item getItem() {
        return clients.client(ListingsApi.class, account)
                .getListingsItem("A2SELLER", "SKU-1", List.of("A1F83G8C2ARO7P"), List.of("summaries"), null);
    }

    @Test
    void retriesAThrottledCallAndSucceeds() {
        amazon.on(
                "GET " + ITEM_PATH,
                error(429, "QuotaExceeded"),
                json(200, ITEM).withHeader("x-amzn-RateLimit-Limit", "5.0"));

        assertThat(getItem().getSku()).isEqualTo("SKU-1");

        assertThat(amazon.received("GET " + ITEM_PATH)).hasSize(2);
        assertThat(backoffs).hasSize(1);
        assertThat(registry.counter("sellersync.spapi.throttled", "operation", "getListingsItem")
                        .count())
                .isEqualTo(1);
        assertThat(registry.find("sellersync.spapi.calls")
                        .tag("status", "200")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void sendsTheAccessTokenAndRequiredHeadersButNoInternalOnes() {
        amazon.on("GET " + ITEM_PATH, json(200, ITEM));
        getItem();
        var request = amazon.received("GET " + ITEM_PATH).get(0);
        assertThat(request.headers()).containsKeys("X-amz-access-token", "User-agent", "X-amz-date");
        assertThat(request.headers().get("X-amz-access-token")).containsExactly("Atza|scripted");
        assertThat(request.headers().keySet()).noneMatch(h -> h.toLowerCase().startsWith("x-sellersync"));
        assertThat(request.query()).isEqualTo("marketplaceIds=A1F83G8C2ARO7P&includedData=summaries");
    }

    @Test
    void survivesThreeServiceUnavailableAnswers() {
        amazon.on(
                "GET " + ITEM_PATH,
                error(503, "ServiceUnavailable"),
                error(503, "ServiceUnavailable"),
                error(503, "ServiceUnavailable"),
                json(200, ITEM));
        assertThat(getItem().getSku()).isEqualTo("SKU-1");
        assertThat(amazon.received("GET " + ITEM_PATH)).hasSize(4);
        assertThat(backoffs).hasSize(3);
        assertThat(backoffs.get(1))
                .isGreaterThan(backoffs.get(0).multipliedBy(3).dividedBy(2).minusMillis(1));
    }

    @Test
    void givesUpAfterTheRetryBudgetWithATypedServerError() {
        amazon.on("GET " + ITEM_PATH, error(500, "InternalFailure"));
        assertThatThrownBy(this::getItem).isInstanceOfSatisfying(SpApiException.ServerError.class, e -> {
            assertThat(e.status()).isEqualTo(500);
            assertThat(e.code()).isEqualTo("InternalFailure");
            assertThat(e.requestId()).isEqualTo("req-500");
        });
        assertThat(amazon.received("GET " + ITEM_PATH)).hasSize(4);
    }

    @Test
    void aTimeoutIsRetriedThenReportedAsAConnectionFailure() {
        amazon.on("GET " + ITEM_PATH, json(200, ITEM).after(Duration.ofMillis(1500)));
        assertThatThrownBy(this::getItem).isInstanceOf(SpApiException.ConnectionFailed.class);
        assertThat(amazon.received("GET " + ITEM_PATH)).hasSize(4);
    }

    @Test
    void aTruncatedBodyIsRetriedAndThenReadWhole() {
        amazon.on("GET " + ITEM_PATH, json(200, ITEM).truncated(), json(200, ITEM));
        assertThat(getItem().getSku()).isEqualTo("SKU-1");
        assertThat(amazon.received("GET " + ITEM_PATH)).hasSize(2);
    }

    @Test
    void invalidInputFailsAtOnceWithAmazonsErrors() {
        amazon.on("GET " + ITEM_PATH, error(400, "InvalidInput"));
        assertThatThrownBy(this::getItem).isInstanceOfSatisfying(SpApiException.InvalidInput.class, e -> {
            assertThat(e.errors()).extracting(SpApiError::code).containsExactly("InvalidInput");
            assertThat(e.transientFailure()).isFalse();
        });
        assertThat(amazon.received("GET " + ITEM_PATH)).hasSize(1);
    }

    @Test
    void aNotFoundIsTyped() {
        amazon.on("GET " + ITEM_PATH, error(404, "NOT_FOUND"));
        assertThatThrownBy(this::getItem).isInstanceOf(SpApiException.NotFound.class);
    }

    @Test
    void invalidGrantStopsAtOnceWithAPlainReason() {
        amazon.on(
                "POST " + ScriptedServer.TOKEN_PATH,
                json(
                        400,
                        "{\"error\":\"invalid_grant\",\"error_description\":\"The request has an invalid grant parameter\"}"));
        assertThatThrownBy(this::getItem).isInstanceOfSatisfying(SpApiException.Unauthorized.class, e -> {
            assertThat(e.reason()).isEqualTo("invalid_grant");
            assertThat(e.errors().get(0).message()).contains("authorize sellersync again");
        });
        assertThat(amazon.received("POST " + ScriptedServer.TOKEN_PATH)).hasSize(1);
        assertThat(amazon.received("GET " + ITEM_PATH)).isEmpty();
    }

    @Test
    void invalidClientSaysTheSecretWasRotatedOrExpired() {
        amazon.on("POST " + ScriptedServer.TOKEN_PATH, json(401, "{\"error\":\"invalid_client\"}"));
        assertThatThrownBy(this::getItem)
                .isInstanceOfSatisfying(
                        SpApiException.Unauthorized.class,
                        e -> assertThat(e.errors().get(0).message()).contains("rotated or expired"));
    }

    @Test
    void exchangesTheRefreshTokenOnceForManyConcurrentCalls() throws Exception {
        amazon.on("GET " + ITEM_PATH, json(200, ITEM));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Item>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(this::getItem));
            }
            for (Future<Item> call : calls) {
                assertThat(call.get().getSku()).isEqualTo("SKU-1");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(amazon.received("POST " + ScriptedServer.TOKEN_PATH)).hasSize(1);
        String form = new String(
                amazon.received("POST " + ScriptedServer.TOKEN_PATH).get(0).body());
        assertThat(form).contains("grant_type=refresh_token").contains("refresh_token=Atzr%7Crefresh");
    }

    @Test
    void neverRetriesAnAmbiguousCreateFeed() {
        amazon.on("POST /feeds/2021-06-30/feeds", error(503, "ServiceUnavailable"));
        FeedsApi feeds = clients.client(FeedsApi.class, account);
        assertThatThrownBy(() -> feeds.createFeed(new CreateFeedSpecification()
                        .feedType("JSON_LISTINGS_FEED")
                        .marketplaceIds(List.of("A1F83G8C2ARO7P"))
                        .inputFeedDocumentId("doc-1")))
                .isInstanceOf(SpApiException.ServerError.class);
        assertThat(amazon.received("POST /feeds/2021-06-30/feeds")).hasSize(1);
    }

    @Test
    void retriesAThrottledCreateFeedBecauseNothingWasCreated() {
        amazon.on("POST /feeds/2021-06-30/feeds", error(429, "QuotaExceeded"), json(202, "{\"feedId\":\"F-1\"}"));
        FeedsApi feeds = clients.client(FeedsApi.class, account);
        var created = feeds.createFeed(new CreateFeedSpecification()
                .feedType("JSON_LISTINGS_FEED")
                .marketplaceIds(List.of("A1F83G8C2ARO7P"))
                .inputFeedDocumentId("doc-1"));
        assertThat(created.getFeedId()).isEqualTo("F-1");
        assertThat(amazon.received("POST /feeds/2021-06-30/feeds")).hasSize(2);
    }

    @Test
    void parsesFinancesAmountsAsExactDecimals() {
        amazon.on(
                "GET /finances/2024-06-19/transactions",
                json(
                        200,
                        "{\"payload\":{\"transactions\":[{\"transactionId\":\"T-1\",\"transactionType\":\"Shipment\","
                                + "\"postedDate\":\"2026-11-01T10:00:00Z\",\"totalAmount\":{\"currencyCode\":\"GBP\","
                                + "\"currencyAmount\":12345678901234.0123456789}}]}}"));
        ListTransactionsResponse page = clients.client(FinancesApi.class, account)
                .listTransactions("2026-10-01T00:00:00Z", "2026-11-20T00:00:00Z", null, null, null);
        assertThat(page.getPayload().getTransactions().get(0).getTotalAmount().getCurrencyAmount())
                .isEqualByComparingTo(new BigDecimal("12345678901234.0123456789"));
    }

    @Test
    void theContractCheckCatchesAResponseThatBreaksTheModel() {
        assumeTrue(contract != null, "Amazon's models (sellersync.spapi.dir) are absent; contract check skipped");
        amazon.on("GET " + ITEM_PATH, json(200, "{\"summaries\":[]}"));
        getItem();
        assertThat(contract.violations()).anyMatch(v -> v.contains("sku"));
        contract = null;
    }
}
