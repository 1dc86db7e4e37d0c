// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sellersync.integration.spapi.api.CatalogApi;
import io.sellersync.integration.spapi.api.FeedsApi;
import io.sellersync.integration.spapi.api.ListingsApi;
import io.sellersync.integration.spapi.api.OrdersApi;
import io.sellersync.integration.spapi.api.ProductTypesApi;
import io.sellersync.integration.spapi.documents.DocumentTransfer;
import io.sellersync.integration.spapi.generated.feeds.CreateFeedDocumentSpecification;
import io.sellersync.integration.spapi.generated.feeds.CreateFeedSpecification;
import io.sellersync.integration.spapi.generated.feeds.Feed;
import io.sellersync.integration.vault.LwaCredentials;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client against the emulator over HTTP: the feed document round trip, reads of every API, faults that must end
 * in success or a typed error within the retry budget, and every exchange checked against Amazon's models.
 */
class EmulatorClientTest {

    /**
     * The emulator's buckets refill on its clock, which these tests freeze; widened plans let the client's own
     * limiter (real time) decide the pace, and only injected faults throttle.
     */
    private static final String FROZEN_CLOCK_PLANS = "{\"rateMultiplier\":1000}";

    private static EmulatorServer emulator;

    private ContractValidator contract;
    private SpApiClients clients;
    private DocumentTransfer documents;
    private SpApiAccount account;
    private String marketplace;
    private String sku;
    private String productType;

    @BeforeAll
    static void startEmulator() {
        emulator = new EmulatorServer();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void setUp() {
        emulator.control("POST", "/seed", "{\"seed\":7,\"speed\":0,\"purchasesPerHour\":0}");
        Path models = ContractValidator.modelsDir();
        contract = models == null ? null : ContractValidator.forModels(models);
        SpApiProperties properties = new SpApiProperties(
                null,
                emulator.base().resolve("/auth/o2/token"),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                5,
                Duration.ofMillis(20),
                Duration.ofMillis(200),
                List.of("127.0.0.1"),
                "sellersync-test/1.0 (Language=Java)");
        LwaTokens lwa = new LwaTokens(
                SpApiClients.httpClient(properties), SpApiClients.mapper(), Clock.systemUTC(), Duration.ofSeconds(5));
        clients = new SpApiClients(
                properties,
                lwa,
                new SpApiRateLimiter(SpApiRateLimiter.local()),
                new SpApiMetrics(new SimpleMeterRegistry()),
                client -> contract == null ? client : contract.wrap(client),
                duration -> Thread.sleep(duration.toMillis()));
        account = emulator.demoAccount();
        documents = new DocumentTransfer(SpApiClients.httpClient(properties), List.of(), Duration.ofSeconds(5))
                .forAccount(account);
        JsonNode listing = emulator.control("GET", "/listings?sellerId=" + account.sellingPartnerId(), null)
                .get(0);
        sku = listing.get("sku").asText();
        marketplace = listing.get("offers").fieldNames().next();
        productType = listing.get("productType").asText();
    }

    @AfterEach
    void noContractViolations() {
        emulator.control("DELETE", "/faults", null);
        if (contract != null) {
            assertThat(contract.violations())
                    .as("requests and responses against Amazon's models")
                    .isEmpty();
        }
    }

    @Test
    void readsListingsCatalogAndProductTypes() {
        ListingsApi listings = clients.client(ListingsApi.class, account);
        var item = listings.getListingsItem(
                account.sellingPartnerId(), sku, List.of(marketplace), List.of("summaries", "offers"), null);
        assertThat(item.getSku()).isEqualTo(sku);
        String asin = item.getSummaries().get(0).getAsin();

        var found = listings.searchListingsItems(
                account.sellingPartnerId(), List.of(marketplace), List.of("summaries"), List.of(sku), "SKU", 20, null);
        assertThat(found.getItems()).extracting(i -> i.getSku()).containsExactly(sku);

        var catalog = clients.client(CatalogApi.class, account)
                .getCatalogItem(asin, List.of(marketplace), List.of("summaries", "productTypes"));
        assertThat(catalog.getAsin()).isEqualTo(asin);
        String productType = catalog.getProductTypes().get(0).getProductType();

        var definition = clients.client(ProductTypesApi.class, account)
                .getDefinitionsProductType(
                        productType,
                        List.of(marketplace),
                        account.sellingPartnerId(),
                        "LISTING_OFFER_ONLY",
                        null,
                        null);
        assertThat(definition.getProductType()).isEqualTo(productType);
    }

    @Test
    void streamsEveryListingPageByPageAndStopsWhenTheCallerDoes() {
        ListingsApi listings = clients.client(ListingsApi.class, account);
        int total = emulator.control("GET", "/listings?sellerId=" + account.sellingPartnerId(), null)
                .size();
        emulator.control("PUT", "/config", FROZEN_CLOCK_PLANS);
        emulator.control("DELETE", "/calls", null);
        List<String> skus = Pages.stream(token -> {
                    var page = listings.searchListingsItems(
                            account.sellingPartnerId(),
                            List.of(marketplace),
                            List.of("summaries"),
                            null,
                            null,
                            20,
                            token);
                    return new Pages.Page<>(
                            page.getItems(),
                            page.getPagination() == null
                                    ? null
                                    : page.getPagination().getNextToken());
                })
                .map(item -> item.getSku())
                .toList();
        assertThat(skus).doesNotHaveDuplicates().hasSize(Math.min(total, 1000));
        assertThat(emulator.control("GET", "/calls?operation=searchListingsItems&limit=1000", null)
                        .size())
                .isEqualTo((skus.size() + 19) / 20);

        emulator.control("DELETE", "/calls", null);
        List<String> firstFive = Pages.stream(token -> {
                    var page = listings.searchListingsItems(
                            account.sellingPartnerId(), List.of(marketplace), null, null, null, 20, token);
                    return new Pages.Page<>(
                            page.getItems(),
                            page.getPagination() == null
                                    ? null
                                    : page.getPagination().getNextToken());
                })
                .limit(5)
                .map(item -> item.getSku())
                .toList();
        assertThat(firstFive).hasSize(5);
        assertThat(emulator.control("GET", "/calls?operation=searchListingsItems&limit=1000", null)
                        .size())
                .isEqualTo(1);
    }

    @Test
    void searchesOrdersWithinAmazonsTimeRules() {
        Instant now =
                Instant.parse(emulator.control("GET", "/clock", null).get("now").asText());
        var page = clients.client(OrdersApi.class, account)
                .searchOrders(
                        null,
                        null,
                        now.minus(30, ChronoUnit.DAYS).toString(),
                        now.minus(5, ChronoUnit.MINUTES).toString(),
                        List.of(marketplace),
                        100,
                        null,
                        null);
        assertThat(page.getOrders()).isNotNull();
    }

    @Test
    void submitsAFeedThroughTheDocumentWorkflowAndReadsItsReport() {
        FeedsApi feeds = clients.client(FeedsApi.class, account);
        var document = feeds.createFeedDocument(
                new CreateFeedDocumentSpecification().contentType("application/json; charset=UTF-8"));
        String payload = """
                {"header":{"sellerId":"%s","version":"2.0","issueLocale":"en_US"},
                 "messages":[{"messageId":1,"sku":"%s","operationType":"PATCH","productType":"%s",
                   "patches":[{"op":"replace","path":"/attributes/fulfillment_availability",
                     "value":[{"fulfillment_channel_code":"DEFAULT","quantity":7}]}]}]}
                """.formatted(account.sellingPartnerId(), sku, productType);
        documents.upload(
                URI.create(document.getUrl()),
                payload.getBytes(StandardCharsets.UTF_8),
                "application/json; charset=UTF-8");
        String feedId = feeds.createFeed(new CreateFeedSpecification()
                        .feedType("JSON_LISTINGS_FEED")
                        .marketplaceIds(List.of(marketplace))
                        .inputFeedDocumentId(document.getFeedDocumentId()))
                .getFeedId();

        emulator.advance(600);
        Feed feed = feeds.getFeed(feedId);
        assertThat(feed.getProcessingStatus()).isEqualTo(Feed.ProcessingStatusEnum.DONE);

        var result = feeds.getFeedDocument(feed.getResultFeedDocumentId());
        String report = new String(
                documents.downloadBytes(
                        URI.create(result.getUrl()),
                        result.getCompressionAlgorithm() == null
                                ? null
                                : result.getCompressionAlgorithm().getValue()),
                StandardCharsets.UTF_8);
        assertThat(report).contains("\"messagesProcessed\":1").contains("\"messagesAccepted\":1");
        assertThat(emulator.control("GET", "/listings/" + account.sellingPartnerId() + "/" + sku, null)
                        .get("quantity")
                        .asInt())
                .isEqualTo(7);
    }

    @Test
    void anExpiredUploadUrlIsReportedSoTheDocumentIsCreatedAgain() {
        var document = clients.client(FeedsApi.class, account)
                .createFeedDocument(new CreateFeedDocumentSpecification().contentType("application/json"));
        emulator.advance(6 * 60);
        assertThatThrownBy(() -> documents.upload(
                        URI.create(document.getUrl()), "{}".getBytes(StandardCharsets.UTF_8), "application/json"))
                .isInstanceOfSatisfying(
                        DocumentTransfer.DocumentException.class,
                        e -> assertThat(e.urlExpired()).isTrue());
    }

    @Test
    void refusesToDownloadFromAHostThatIsNotAllowed() {
        assertThatThrownBy(() -> documents.download(URI.create("https://attacker.example/report.json"), null))
                .isInstanceOf(DocumentTransfer.DocumentException.class)
                .hasMessageContaining("not an allowed document host");
        assertThatThrownBy(
                        () -> documents.download(URI.create("https://attacker-bucket.s3.amazonaws.com/r.json"), null))
                .as("a bucket anyone can create on amazonaws.com")
                .isInstanceOf(DocumentTransfer.DocumentException.class);
        DocumentTransfer amazon = new DocumentTransfer(
                java.net.http.HttpClient.newHttpClient(),
                List.of("tortuga-prod-eu.s3-eu-west-1.amazonaws.com"),
                Duration.ofSeconds(1));
        assertThatThrownBy(
                        () -> amazon.download(URI.create("http://tortuga-prod-eu.s3-eu-west-1.amazonaws.com/r"), null))
                .as("plain http to Amazon's own document host")
                .isInstanceOf(DocumentTransfer.DocumentException.class);
    }

    @Test
    void underThrottlingAndServerErrorsEveryCallSucceedsOrFailsTypedWithinTheBudget() {
        emulator.control("PUT", "/config", FROZEN_CLOCK_PLANS);
        emulator.control(
                "PUT",
                "/faults",
                "{\"operations\":{\"getListingsItem\":{\"throttle\":0.3,\"internalError\":0.05,\"unavailable\":0.05}}}");
        emulator.control("DELETE", "/calls", null);
        ListingsApi listings = clients.client(ListingsApi.class, account);
        int succeeded = 0;
        int failedTyped = 0;
        for (int i = 0; i < 40; i++) {
            try {
                listings.getListingsItem(
                        account.sellingPartnerId(), sku, List.of(marketplace), List.of("summaries"), null);
                succeeded++;
            } catch (SpApiException.Throttled | SpApiException.ServerError e) {
                failedTyped++;
            }
        }
        int calls = emulator.control("GET", "/calls?operation=getListingsItem&limit=1000", null)
                .size();
        assertThat(succeeded + failedTyped).isEqualTo(40);
        assertThat(succeeded).as("most calls get through with retries").isGreaterThan(35);
        assertThat(calls).as("bounded retries").isBetween(41, 40 * 5);
    }

    @Test
    void aRevokedAuthorizationFailsWithInvalidGrantAndIsNotRetried() {
        emulator.control("POST", "/tokens/revoke", "{\"sellerId\":\"" + account.sellingPartnerId() + "\"}");
        SpApiAccount fresh = new SpApiAccount(
                "revoked",
                account.sellingPartnerId(),
                account.baseUrl(),
                account.lwaUrl(),
                account.lwaClientId(),
                new LwaCredentials(
                        account.secrets().clientSecret(), account.secrets().refreshToken()));
        assertThatThrownBy(() -> clients.client(ListingsApi.class, fresh)
                        .getListingsItem(fresh.sellingPartnerId(), sku, List.of(marketplace), null, null))
                .isInstanceOfSatisfying(
                        SpApiException.Unauthorized.class,
                        e -> assertThat(e.reason()).isEqualTo("invalid_grant"));
    }
}
