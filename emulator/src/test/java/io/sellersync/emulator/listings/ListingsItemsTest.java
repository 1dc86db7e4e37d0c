// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.listings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.support.EmulatorTest;
import io.sellersync.emulator.support.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listings Items reads, writes with propagation delays, validation preview and product-type validation. */
class ListingsItemsTest extends EmulatorTest {

    private String token;
    private JsonNode listing;
    private String sku;

    @BeforeEach
    void pickListing() {
        token = token();
        listing = listingInBothMarketplaces();
        sku = listing.get("sku").asText();
    }

    @Test
    void getListingsItemShowsEveryRequestedDataset() {
        Http.Response response = http.get(
                item(sku) + "?marketplaceIds=" + UK + "," + DE
                        + "&includedData=summaries,attributes,issues,offers,fulfillmentAvailability,productTypes",
                token);
        assertThat(response.status()).isEqualTo(200);
        JsonNode item = response.json();
        assertThat(item.get("sku").asText()).isEqualTo(sku);
        assertThat(item.get("summaries")).hasSize(2);
        assertThat(item.at("/summaries/0/asin").asText())
                .isEqualTo(listing.get("asin").asText());
        assertThat(item.at("/offers/0/price/amount").asText())
                .isEqualTo(listing.at("/offers/" + UK + "/price").decimalValue().toPlainString());
        assertThat(item.at("/offers/0/price/currencyCode").asText()).isEqualTo("GBP");
        assertThat(item.at("/offers/1/price/currencyCode").asText()).isEqualTo("EUR");
        assertThat(item.at("/fulfillmentAvailability/0/quantity").asInt())
                .isEqualTo(listing.get("quantity").asInt());
        assertThat(item.at("/attributes/purchasable_offer")).hasSize(2);
        assertThat(response.header("x-amzn-RateLimit-Limit")).contains("5.0");
    }

    @Test
    void defaultIncludedDataIsSummariesOnly() {
        JsonNode item = http.get(item(sku) + "?marketplaceIds=" + UK, token).json();
        assertThat(item.has("summaries")).isTrue();
        assertThat(item.has("offers")).isFalse();
        assertThat(item.has("attributes")).isFalse();
    }

    @Test
    void unknownSkuIsNotFound() {
        Http.Response response = http.get(item("NO-SUCH-SKU") + "?marketplaceIds=" + UK, token);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().at("/errors/0/code").asText()).isEqualTo("NOT_FOUND");
        assertThat(response.header("x-amzn-RateLimit-Limit")).isPresent();
    }

    @Test
    void missingMarketplaceIdsIsABadRequest() {
        Http.Response response = http.get(item(sku), token);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/code").asText()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void searchFindsListingsBySkuAndByAsin() {
        List<String> skus = skus(3);
        Http.Response bySku = http.get(search() + "&identifiersType=SKU&identifiers=" + String.join(",", skus), token);
        assertThat(bySku.status()).isEqualTo(200);
        assertThat(bySku.json().get("numberOfResults").asInt()).isEqualTo(3);
        List<String> found = new ArrayList<>();
        bySku.json().get("items").forEach(i -> found.add(i.get("sku").asText()));
        assertThat(found).containsExactlyInAnyOrderElementsOf(skus);

        Http.Response byAsin = http.get(
                search() + "&identifiersType=ASIN&identifiers="
                        + listing.get("asin").asText(),
                token);
        assertThat(byAsin.json().at("/items/0/sku").asText()).isEqualTo(sku);
    }

    @Test
    void searchRejectsMoreThanTwentyIdentifiers() {
        Http.Response response =
                http.get(search() + "&identifiersType=SKU&identifiers=" + String.join(",", skus(21)), token);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/code").asText()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void searchPagesThroughResultsWithPageTokens() {
        List<String> skus = skus(5);
        String query = search() + "&identifiersType=SKU&sortBy=sku&sortOrder=ASC&pageSize=2&identifiers="
                + String.join(",", skus);
        List<String> seen = new ArrayList<>();
        JsonNode page = http.get(query, token).json();
        seen.add(page.at("/items/0/sku").asText());
        seen.add(page.at("/items/1/sku").asText());
        assertThat(page.at("/pagination/previousToken").isMissingNode()).isTrue();
        page = http.get(query + "&pageToken=" + page.at("/pagination/nextToken").asText(), token)
                .json();
        page.get("items").forEach(i -> seen.add(i.get("sku").asText()));
        page = http.get(query + "&pageToken=" + page.at("/pagination/nextToken").asText(), token)
                .json();
        page.get("items").forEach(i -> seen.add(i.get("sku").asText()));
        assertThat(page.at("/pagination/nextToken").isMissingNode()).isTrue();
        assertThat(page.at("/pagination/previousToken").isTextual()).isTrue();
        assertThat(seen).containsExactlyElementsOf(skus.stream().sorted().toList());
    }

    @Test
    void patchedQuantityGoesLiveOnlyAfterThePropagationDelay() {
        int before = listing.get("quantity").asInt();
        Http.Response response = patch(sku, UK, quantityPatch(before + 5), null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(response.json().get("issues")).isEmpty();

        advance(59);
        assertThat(liveQuantity()).isEqualTo(before);
        advance(1);
        assertThat(liveQuantity()).isEqualTo(before + 5);
    }

    @Test
    void patchedPriceGoesLiveMuchLaterThanQuantity() {
        Http.Response response = patch(sku, UK, pricePatch(UK, "GBP", "12.34"), null);
        assertThat(response.json().get("status").asText()).isEqualTo("ACCEPTED");
        advance(14 * 60);
        assertThat(livePrice(UK)).isNotEqualTo("12.34");
        advance(60);
        assertThat(livePrice(UK)).isEqualTo("12.34");
        JsonNode changes =
                http.get("/_emulator/changes?sku=" + sku + "&kind=PRICE", null).json();
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("appliedAt").asText())
                .isEqualTo(START.plusSeconds(900).toString());
    }

    @Test
    void validationPreviewValidatesWithoutChangingAnything() {
        Http.Response response =
                patch(sku, UK, quantityPatch(999), "&mode=VALIDATION_PREVIEW&includedData=identifiers,issues");
        assertThat(response.json().get("status").asText()).isEqualTo("VALID");
        assertThat(response.json().at("/identifiers/0/asin").asText())
                .isEqualTo(listing.get("asin").asText());
        advance(3000);
        assertThat(liveQuantity()).isEqualTo(listing.get("quantity").asInt());
    }

    @Test
    void identifiersWithoutPreviewIsABadRequest() {
        Http.Response response = patch(sku, UK, quantityPatch(1), "&includedData=identifiers");
        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void unknownAttributeMakesTheSubmissionInvalid() {
        Map<String, Object> body = Map.of(
                "productType", listing.get("productType").asText(),
                "patches",
                        List.of(Map.of(
                                "op",
                                "replace",
                                "path",
                                "/attributes/fake_attribute",
                                "value",
                                List.of(Map.of("value", "x")))));
        JsonNode response = patch(sku, UK, body, null).json();
        assertThat(response.get("status").asText()).isEqualTo("INVALID");
        assertThat(response.at("/issues/0/code").asText()).isEqualTo("90000900");
        assertThat(response.at("/issues/0/attributeNames/0").asText()).isEqualTo("fake_attribute");
    }

    @Test
    void priceWithoutCurrencyOrInTheWrongCurrencyIsInvalid() {
        Map<String, Object> noCurrency = Map.of(
                "productType", listing.get("productType").asText(),
                "patches",
                        List.of(Map.of(
                                "op",
                                "replace",
                                "path",
                                "/attributes/purchasable_offer",
                                "value",
                                List.of(Map.of(
                                        "marketplace_id",
                                        UK,
                                        "our_price",
                                        List.of(Map.of("schedule", List.of(Map.of("value_with_tax", 10)))))))));
        JsonNode missing = patch(sku, UK, noCurrency, null).json();
        assertThat(missing.get("status").asText()).isEqualTo("INVALID");
        assertThat(missing.at("/issues/0/code").asText()).isEqualTo("90220");

        JsonNode wrong = patch(sku, DE, pricePatch(DE, "GBP", "10.00"), null).json();
        assertThat(wrong.get("status").asText()).isEqualTo("INVALID");
        assertThat(wrong.at("/issues/0/attributeNames/0").asText()).isEqualTo("purchasable_offer.currency");
    }

    @Test
    void malformedPatchBodyIsABadRequest() {
        Http.Response response = patch(sku, UK, Map.of("productType", "LUGGAGE", "patches", List.of()), null);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/code").asText()).isEqualTo("BAD_REQUEST");
        Http.Response notJson =
                http.send("PATCH", item(sku) + "?marketplaceIds=" + UK, "x".getBytes(), "text/plain", token);
        assertThat(notJson.status()).isEqualTo(415);
    }

    @Test
    void putCreatesAnOfferOnAnExistingAsinAfterTheDelay() {
        JsonNode catalogItem = unlistedCatalogItem();
        Map<String, Object> body = Map.of(
                "productType", catalogItem.get("productType").asText(),
                "requirements", "LISTING_OFFER_ONLY",
                "attributes",
                        Map.of(
                                "merchant_suggested_asin",
                                        List.of(Map.of(
                                                "value", catalogItem.get("asin").asText(), "marketplace_id", UK)),
                                "condition_type", List.of(Map.of("value", "new_new", "marketplace_id", UK)),
                                "purchasable_offer",
                                        List.of(Map.of(
                                                "marketplace_id",
                                                UK,
                                                "currency",
                                                "GBP",
                                                "our_price",
                                                List.of(Map.of("schedule", List.of(Map.of("value_with_tax", 25.5)))))),
                                "fulfillment_availability",
                                        List.of(Map.of("fulfillment_channel_code", "DEFAULT", "quantity", 4))));
        Http.Response response = http.json("PUT", item("NEW-SKU-1") + "?marketplaceIds=" + UK, body, token);
        assertThat(response.json().get("status").asText()).as(response.body()).isEqualTo("ACCEPTED");
        assertThat(truth("NEW-SKU-1")).isNull();
        advance(300);
        JsonNode created = truth("NEW-SKU-1");
        assertThat(created.get("asin").asText())
                .isEqualTo(catalogItem.get("asin").asText());
        assertThat(created.get("quantity").asInt()).isEqualTo(4);
        assertThat(created.at("/offers/" + UK + "/price").decimalValue()).isEqualByComparingTo("25.50");
    }

    @Test
    void skusWithSlashesAndSpacesAreAddressedUrlEncoded() {
        JsonNode catalogItem = unlistedCatalogItem();
        String odd = "BOX/2 red+blue";
        String encoded = java.net.URLEncoder.encode(odd, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        Map<String, Object> body = Map.of(
                "productType", catalogItem.get("productType").asText(),
                "requirements", "LISTING_OFFER_ONLY",
                "attributes",
                        Map.of(
                                "merchant_suggested_asin",
                                        List.of(Map.of(
                                                "value", catalogItem.get("asin").asText())),
                                "condition_type", List.of(Map.of("value", "new_new"))));
        Http.Response put = http.json("PUT", item(encoded) + "?marketplaceIds=" + UK, body, token);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("sku").asText()).isEqualTo(odd);
        advance(300);
        Http.Response get = http.get(item(encoded) + "?marketplaceIds=" + UK, token);
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.json().get("sku").asText()).isEqualTo(odd);
    }

    @Test
    void putOfANewOfferWithoutProductFactsOrConditionIsInvalid() {
        JsonNode catalogItem = unlistedCatalogItem();
        Map<String, Object> body = Map.of(
                "productType", catalogItem.get("productType").asText(),
                "attributes",
                        Map.of(
                                "merchant_suggested_asin",
                                List.of(Map.of("value", catalogItem.get("asin").asText(), "marketplace_id", UK))));
        JsonNode response = http.json("PUT", item("NEW-SKU-2") + "?marketplaceIds=" + UK, body, token)
                .json();
        assertThat(response.get("status").asText()).isEqualTo("INVALID");
        List<String> messages = new ArrayList<>();
        response.get("issues").forEach(i -> messages.add(i.get("message").asText()));
        assertThat(messages)
                .contains(
                        "'condition_type' is required but not supplied.", "'item_name' is required but not supplied.");
    }

    @Test
    void putAcceptsOnlyOneMarketplace() {
        Http.Response response = http.json(
                "PUT",
                item(sku) + "?marketplaceIds=" + UK + "," + DE,
                Map.of("productType", "LUGGAGE", "attributes", Map.of()),
                token);
        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void deleteRemovesTheListingFromTheMarketplaceAfterTheDelay() {
        Http.Response response = http.send("DELETE", item(sku) + "?marketplaceIds=" + DE, null, null, token);
        assertThat(response.json().get("status").asText()).isEqualTo("ACCEPTED");
        advance(300);
        assertThat(truth(sku).path("offers").has(DE)).isFalse();
        assertThat(http.get(item(sku) + "?marketplaceIds=" + DE, token).status())
                .isEqualTo(404);
        assertThat(http.get(item(sku) + "?marketplaceIds=" + UK, token).status())
                .isEqualTo(200);
    }

    private Http.Response patch(String sku, String marketplaceId, Object body, String extraQuery) {
        return http.json(
                "PATCH",
                item(sku) + "?marketplaceIds=" + marketplaceId + (extraQuery == null ? "" : extraQuery),
                body,
                token);
    }

    private Map<String, Object> quantityPatch(int quantity) {
        return Map.of(
                "productType", listing.get("productType").asText(),
                "patches",
                        List.of(Map.of(
                                "op",
                                "replace",
                                "path",
                                "/attributes/fulfillment_availability",
                                "value",
                                List.of(Map.of("fulfillment_channel_code", "DEFAULT", "quantity", quantity)))));
    }

    private Map<String, Object> pricePatch(String marketplaceId, String currency, String price) {
        return Map.of(
                "productType", listing.get("productType").asText(),
                "patches",
                        List.of(Map.of(
                                "op",
                                "replace",
                                "path",
                                "/attributes/purchasable_offer",
                                "value",
                                List.of(Map.of(
                                        "marketplace_id",
                                        marketplaceId,
                                        "currency",
                                        currency,
                                        "audience",
                                        "ALL",
                                        "our_price",
                                        List.of(Map.of(
                                                "schedule",
                                                List.of(Map.of(
                                                        "value_with_tax", new java.math.BigDecimal(price))))))))));
    }

    private int liveQuantity() {
        return http.get(item(sku) + "?marketplaceIds=" + UK + "&includedData=fulfillmentAvailability", token)
                .json()
                .at("/fulfillmentAvailability/0/quantity")
                .asInt();
    }

    private String livePrice(String marketplaceId) {
        return http.get(item(sku) + "?marketplaceIds=" + marketplaceId + "&includedData=offers", token)
                .json()
                .at("/offers/0/price/amount")
                .asText();
    }

    private List<String> skus(int n) {
        List<String> skus = new ArrayList<>();
        for (JsonNode l :
                http.get("/_emulator/listings?sellerId=" + sellerId, null).json()) {
            if (skus.size() < n) {
                skus.add(l.get("sku").asText());
            }
        }
        return skus;
    }

    private JsonNode unlistedCatalogItem() {
        java.util.Set<String> listed = new java.util.HashSet<>();
        http.get("/_emulator/listings?sellerId=" + sellerId, null)
                .json()
                .forEach(l -> listed.add(l.get("asin").asText()));
        for (JsonNode item : http.get("/_emulator/catalog", null).json()) {
            if (!listed.contains(item.get("asin").asText())) {
                return item;
            }
        }
        throw new AssertionError("every ASIN is listed");
    }

    private String item(String sku) {
        return "/listings/2021-08-01/items/" + sellerId + "/" + sku;
    }

    private String search() {
        return "/listings/2021-08-01/items/" + sellerId + "?marketplaceIds=" + UK;
    }
}
