// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import static io.sellersync.integration.feed.FeedFixtures.UK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.api.FeedsApi;
import io.sellersync.integration.spapi.generated.feeds.CreateFeedDocumentSpecification;
import io.sellersync.integration.spapi.generated.feeds.CreateFeedSpecification;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the writer sends is what the emulator (a separate implementation of Amazon's contract) applies. */
class ListingsFeedEmulatorTest {

    private static FeedTestBed bed;

    @BeforeAll
    static void start() throws Exception {
        bed = new FeedTestBed();
    }

    @AfterAll
    static void stop() throws Exception {
        bed.close();
    }

    @BeforeEach
    void reset() {
        bed.reset();
    }

    /** A merchant-fulfilled listing of the demo seller offered in the marketplace. */
    static JsonNode merchantListing(FeedTestBed bed, String sellerId, String marketplace) {
        for (JsonNode listing : bed.listings()) {
            if (listing.path("offers").has(marketplace)
                    && !bed.control(
                                    "GET",
                                    "/listings/" + sellerId + "/"
                                            + listing.get("sku").asText() + "/health",
                                    null)
                            .toString()
                            .contains("AMAZON_EU")) {
                return listing;
            }
        }
        throw new IllegalStateException("the demo seller has no merchant-fulfilled listing in " + marketplace);
    }

    /** A catalogue ASIN the seller does not list yet, with its product type. */
    static JsonNode unlistedAsin(FeedTestBed bed) {
        Set<String> listed = new HashSet<>();
        bed.listings().forEach(l -> listed.add(l.get("asin").asText()));
        for (JsonNode item : bed.control("GET", "/catalog", null)) {
            if (!listed.contains(item.get("asin").asText())) {
                return item;
            }
        }
        throw new IllegalStateException("every ASIN is listed");
    }

    @Test
    void emulatorAppliesThePriceQuantityAndNewOfferTheWriterSends() {
        SpApiAccount account = bed.demoAccount();
        JsonNode existing = merchantListing(bed, account.sellingPartnerId(), UK.value());
        JsonNode catalogue = unlistedAsin(bed);
        Money newPrice = new Money(
                existing.path("offers")
                        .path(UK.value())
                        .path("price")
                        .decimalValue()
                        .add(new BigDecimal("1.25")),
                java.util.Currency.getInstance("GBP"));
        FeedMessage patch = new FeedMessage(
                1,
                existing.get("sku").asText(),
                io.sellersync.messages.feed.FeedOperation.PATCH,
                existing.get("productType").asText(),
                existing.get("asin").asText(),
                ItemCondition.NEW_NEW,
                newPrice,
                existing.get("quantity").asInt() + 3,
                null,
                existing.get("quantity").asInt(),
                3,
                List.of(new io.sellersync.messages.queue.QueueItemId("i1@a@m")));
        FeedMessage update = new FeedMessage(
                2,
                "NEW-SKU-FEED-1",
                io.sellersync.messages.feed.FeedOperation.UPDATE,
                catalogue.get("productType").asText(),
                catalogue.get("asin").asText(),
                ItemCondition.USED_GOOD,
                Money.of("17.40", "GBP"),
                5,
                null,
                null,
                5,
                List.of(new io.sellersync.messages.queue.QueueItemId("i2@a@m")));
        byte[] document = ListingsFeedWriter.write(account.sellingPartnerId(), UK, List.of(patch, update));
        assertThat(FeedSchemaRules.check(document)).isEmpty();

        FeedsApi feeds = bed.clients.client(FeedsApi.class, account);
        var created = feeds.createFeedDocument(
                new CreateFeedDocumentSpecification().contentType("application/json; charset=UTF-8"));
        bed.documents
                .forAccount(account)
                .upload(URI.create(created.getUrl()), document, "application/json; charset=UTF-8");
        String feedId = feeds.createFeed(new CreateFeedSpecification()
                        .feedType("JSON_LISTINGS_FEED")
                        .marketplaceIds(List.of(UK.value()))
                        .inputFeedDocumentId(created.getFeedDocumentId()))
                .getFeedId();
        for (int i = 0; i < 12; i++) {
            bed.advance(600);
        }

        JsonNode feed = null;
        for (JsonNode f : bed.control("GET", "/feeds?sellerId=" + account.sellingPartnerId(), null)) {
            if (feedId.equals(f.path("feed").path("feedId").asText())) {
                feed = f;
            }
        }
        assertThat(feed).isNotNull();
        assertThat(feed.path("feed").path("processingStatus").asText()).isEqualTo("DONE");
        assertThat(feed.path("payload").asText())
                .isEqualTo(new String(document, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(feed.path("report").path("issues").toString()).doesNotContain("\"ERROR\"");
        assertThat(feed.path("report").path("summary").path("messagesAccepted").asInt())
                .isEqualTo(2);

        JsonNode patched = bed.control(
                "GET",
                "/listings/" + account.sellingPartnerId() + "/"
                        + existing.get("sku").asText(),
                null);
        assertThat(patched.get("quantity").asInt())
                .isEqualTo(existing.get("quantity").asInt() + 3);
        assertThat(patched.path("offers").path(UK.value()).path("price").decimalValue())
                .isEqualByComparingTo(newPrice.amount());
        JsonNode created2 = bed.control("GET", "/listings/" + account.sellingPartnerId() + "/NEW-SKU-FEED-1", null);
        assertThat(created2.get("asin").asText())
                .isEqualTo(catalogue.get("asin").asText());
        assertThat(created2.get("conditionType").asText()).isEqualTo("used_good");
        assertThat(created2.get("quantity").asInt()).isEqualTo(5);
        assertThat(created2.path("offers").path(UK.value()).path("price").decimalValue())
                .isEqualByComparingTo("17.40");
        assertThat(bed.violations()).isEmpty();
    }
}
