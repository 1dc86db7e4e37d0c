// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.contract;

import static io.sellersync.emulator.contract.ContractAssertions.conforms;
import static io.sellersync.emulator.support.SpApiModels.LISTINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.support.EmulatorTest;
import io.sellersync.emulator.support.Feeds;
import io.sellersync.emulator.support.Http;
import io.sellersync.emulator.support.SpApiModels;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every Listings Items response the emulator gives, checked against {@code listingsItems_2021-08-01.json}. */
class ListingsItemsContractTest extends EmulatorTest {

    private static final String ALL_DATA =
            "summaries,attributes,issues,offers,fulfillmentAvailability,procurement,relationships,productTypes";

    private String token;
    private JsonNode listing;
    private String sku;

    @BeforeEach
    void setUp() {
        assumeTrue(SpApiModels.available(), SpApiModels.missingReason());
        token = token();
        listing = listingInBothMarketplaces();
        sku = listing.get("sku").asText();
    }

    @Test
    void getListingsItem() {
        conforms(
                LISTINGS,
                "getListingsItem",
                200,
                http.get(item(sku) + "?marketplaceIds=" + UK + "," + DE + "&includedData=" + ALL_DATA, token));
        conforms(LISTINGS, "getListingsItem", 200, http.get(item(sku) + "?marketplaceIds=" + UK, token));
        conforms(LISTINGS, "getListingsItem", 400, http.get(item(sku), token));
        conforms(
                LISTINGS,
                "getListingsItem",
                400,
                http.get(item(sku) + "?marketplaceIds=" + UK + "&includedData=everything", token));
        conforms(LISTINGS, "getListingsItem", 404, http.get(item("NOPE") + "?marketplaceIds=" + UK, token));
        conforms(LISTINGS, "getListingsItem", 403, http.get(item(sku) + "?marketplaceIds=" + UK, "Atza|bogus"));
    }

    @Test
    void issuesOfAWarningAndOfAPricingError() {
        String productType = listing.get("productType").asText();
        http.json(
                "PATCH",
                item(sku) + "?marketplaceIds=" + UK,
                Feeds.patchBody(Feeds.priceMessage(1, sku, productType, UK, "GBP", "0.01")),
                token);
        http.json(
                "PATCH",
                item(sku) + "?marketplaceIds=" + DE,
                Feeds.patchBody(Feeds.availabilityMessage(2, sku, productType, "AMAZON_EU", 1)),
                token);
        advance(15 * 60 + 1);
        Http.Response got = conforms(
                LISTINGS,
                "getListingsItem",
                200,
                http.get(item(sku) + "?marketplaceIds=" + UK + "," + DE + "&includedData=" + ALL_DATA, token));
        assertThat(got.json().get("issues"))
                .extracting(i -> i.get("severity").asText())
                .containsExactlyInAnyOrder("WARNING", "ERROR");
        conforms(
                LISTINGS,
                "searchListingsItems",
                200,
                http.get(
                        "/listings/2021-08-01/items/" + sellerId + "?marketplaceIds=" + UK
                                + "&withIssueSeverity=ERROR&includedData=" + ALL_DATA,
                        token));
    }

    @Test
    void getListingsItemThrottledAndFailing() {
        for (int i = 0; i < 10; i++) {
            http.get(item(sku) + "?marketplaceIds=" + UK, token);
        }
        conforms(LISTINGS, "getListingsItem", 429, http.get(item(sku) + "?marketplaceIds=" + UK, token));
        advance(10);
        http.json("PUT", "/_emulator/faults", Map.of("operations", Map.of("getListingsItem", faults(0, 1, 0))), null);
        conforms(LISTINGS, "getListingsItem", 500, http.get(item(sku) + "?marketplaceIds=" + UK, token));
        http.json("PUT", "/_emulator/faults", Map.of("operations", Map.of("getListingsItem", faults(0, 0, 1))), null);
        conforms(LISTINGS, "getListingsItem", 503, http.get(item(sku) + "?marketplaceIds=" + UK, token));
    }

    @Test
    void searchListingsItems() {
        http.json("PUT", "/_emulator/config", Map.of("rateMultiplier", 10.0), null);
        String base = "/listings/2021-08-01/items/" + sellerId + "?marketplaceIds=" + UK + "," + DE;
        Http.Response page = conforms(
                LISTINGS,
                "searchListingsItems",
                200,
                http.get(base + "&includedData=" + ALL_DATA + "&pageSize=3", token));
        conforms(
                LISTINGS,
                "searchListingsItems",
                200,
                http.get(
                        base + "&pageSize=3&pageToken="
                                + page.json().at("/pagination/nextToken").asText(),
                        token));
        conforms(
                LISTINGS,
                "searchListingsItems",
                200,
                http.get(
                        base + "&identifiersType=SKU&identifiers=" + sku
                                + "&includedData=offers,fulfillmentAvailability,issues,summaries",
                        token));
        conforms(
                LISTINGS,
                "searchListingsItems",
                200,
                http.get(base + "&identifiersType=ASIN&identifiers=B000000000", token));
        conforms(LISTINGS, "searchListingsItems", 400, http.get(base + "&identifiersType=SKU", token));
        conforms(LISTINGS, "searchListingsItems", 400, http.get(base + "&pageSize=21", token));
        conforms(
                LISTINGS,
                "searchListingsItems",
                400,
                http.get("/listings/2021-08-01/items/" + sellerId + "?marketplaceIds=invalid", token));
    }

    @Test
    void patchListingsItem() {
        http.json("PUT", "/_emulator/config", Map.of("rateMultiplier", 10.0), null);
        String productType = listing.get("productType").asText();
        Map<String, Object> quantity = Map.of(
                "productType",
                productType,
                "patches",
                List.of(Map.of(
                        "op",
                        "replace",
                        "path",
                        "/attributes/fulfillment_availability",
                        "value",
                        List.of(Map.of("fulfillment_channel_code", "DEFAULT", "quantity", 5)))));
        Map<String, Object> invalid = Map.of(
                "productType",
                productType,
                "patches",
                List.of(Map.of(
                        "op", "replace", "path", "/attributes/fake_attribute", "value", List.of(Map.of("value", 1)))));
        String path = item(sku) + "?marketplaceIds=" + UK;
        assertThat(conforms(LISTINGS, "patchListingsItem", 200, http.json("PATCH", path, quantity, token))
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("ACCEPTED");
        assertThat(conforms(LISTINGS, "patchListingsItem", 200, http.json("PATCH", path, invalid, token))
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("INVALID");
        assertThat(conforms(
                                LISTINGS,
                                "patchListingsItem",
                                200,
                                http.json(
                                        "PATCH",
                                        path + "&mode=VALIDATION_PREVIEW&includedData=identifiers,issues",
                                        quantity,
                                        token))
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("VALID");
        conforms(
                LISTINGS,
                "patchListingsItem",
                400,
                http.json("PATCH", path, Map.of("productType", productType), token));
        conforms(LISTINGS, "patchListingsItem", 400, http.json("PATCH", path + "&mode=LIVE", quantity, token));
        conforms(
                LISTINGS,
                "patchListingsItem",
                415,
                http.send("PATCH", path, "productType=x".getBytes(), "application/x-www-form-urlencoded", token));
    }

    @Test
    void putListingsItem() {
        http.json("PUT", "/_emulator/config", Map.of("rateMultiplier", 10.0), null);
        String asin = listing.get("asin").asText();
        String productType = listing.get("productType").asText();
        Map<String, Object> body = Map.of(
                "productType",
                productType,
                "requirements",
                "LISTING_OFFER_ONLY",
                "attributes",
                Map.of(
                        "merchant_suggested_asin", List.of(Map.of("value", asin, "marketplace_id", UK)),
                        "condition_type", List.of(Map.of("value", "new_new", "marketplace_id", UK)),
                        "purchasable_offer",
                                List.of(Map.of(
                                        "marketplace_id",
                                        UK,
                                        "currency",
                                        "GBP",
                                        "our_price",
                                        List.of(Map.of("schedule", List.of(Map.of("value_with_tax", 9.99)))))),
                        "fulfillment_availability",
                                List.of(Map.of("fulfillment_channel_code", "DEFAULT", "quantity", 1))));
        String path = item("CONTRACT-SKU") + "?marketplaceIds=" + UK;
        assertThat(conforms(LISTINGS, "putListingsItem", 200, http.json("PUT", path, body, token))
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("ACCEPTED");
        assertThat(conforms(
                                LISTINGS,
                                "putListingsItem",
                                200,
                                http.json(
                                        "PUT",
                                        path + "&mode=VALIDATION_PREVIEW&includedData=identifiers,issues",
                                        body,
                                        token))
                        .json()
                        .at("/identifiers/0/asin")
                        .asText())
                .isEqualTo(asin);
        Map<String, Object> missing = Map.of("productType", productType, "attributes", Map.of());
        JsonNode invalid = conforms(LISTINGS, "putListingsItem", 200, http.json("PUT", path, missing, token))
                .json();
        assertThat(invalid.get("status").asText()).isEqualTo("INVALID");
        assertThat(invalid.get("issues").size()).isGreaterThan(1);
        conforms(LISTINGS, "putListingsItem", 400, http.json("PUT", path, Map.of("attributes", Map.of()), token));
        conforms(LISTINGS, "putListingsItem", 400, http.json("PUT", path + "," + DE, body, token));
    }

    @Test
    void requestBodiesAreRejectedExactlyWhenTheModelForbidsThem() throws Exception {
        http.json("PUT", "/_emulator/config", Map.of("rateMultiplier", 100.0), null);
        List<String> patches = List.of(
                "{\"productType\":\"LUGGAGE\",\"patches\":[{\"op\":\"replace\",\"path\":\"/attributes/a\","
                        + "\"value\":[{\"value\":1}]}]}",
                "{\"productType\":\"LUGGAGE\",\"patches\":[{\"op\":\"delete\",\"path\":\"/attributes/a\"}]}",
                "{\"productType\":\"LUGGAGE\",\"patches\":[]}",
                "{\"productType\":\"LUGGAGE\"}",
                "{\"patches\":[{\"op\":\"delete\",\"path\":\"/attributes/a\"}]}",
                "{\"productType\":\"LUGGAGE\",\"patches\":[{\"op\":\"move\",\"path\":\"/attributes/a\"}]}",
                "{\"productType\":\"LUGGAGE\",\"patches\":[{\"op\":\"add\",\"path\":\"/attributes/a\","
                        + "\"value\":[1]}]}",
                "{\"productType\":\"LUGGAGE\",\"patches\":[{\"op\":\"add\"}]}",
                "{\"productType\":7,\"patches\":[{\"op\":\"add\",\"path\":\"/attributes/a\"}]}");
        for (String body : patches) {
            boolean allowed = SpApiModels.checkDefinition(
                            LISTINGS, "ListingsItemPatchRequest", Http.JSON.readTree(body))
                    .isEmpty();
            int status = http.json(
                            "PATCH", item(sku) + "?marketplaceIds=" + UK + "&mode=VALIDATION_PREVIEW", body, token)
                    .status();
            assertThat(status).as(body).isEqualTo(allowed ? 200 : 400);
        }
        List<String> puts = List.of(
                "{\"productType\":\"LUGGAGE\",\"attributes\":{}}",
                "{\"productType\":\"LUGGAGE\",\"requirements\":\"LISTING_OFFER_ONLY\",\"attributes\":{}}",
                "{\"productType\":\"LUGGAGE\",\"requirements\":\"ALL\",\"attributes\":{}}",
                "{\"productType\":\"LUGGAGE\"}",
                "{\"attributes\":{}}",
                "{\"productType\":\"LUGGAGE\",\"attributes\":[]}");
        for (String body : puts) {
            boolean allowed = SpApiModels.checkDefinition(LISTINGS, "ListingsItemPutRequest", Http.JSON.readTree(body))
                    .isEmpty();
            int status = http.json("PUT", item(sku) + "?marketplaceIds=" + UK + "&mode=VALIDATION_PREVIEW", body, token)
                    .status();
            assertThat(status).as(body).isEqualTo(allowed ? 200 : 400);
        }
    }

    @Test
    void deleteListingsItem() {
        conforms(
                LISTINGS,
                "deleteListingsItem",
                200,
                http.send("DELETE", item(sku) + "?marketplaceIds=" + DE, null, null, token));
        conforms(LISTINGS, "deleteListingsItem", 400, http.send("DELETE", item(sku), null, null, token));
    }

    private static Map<String, Object> faults(double throttle, double internalError, double unavailable) {
        return Map.of(
                "throttle",
                throttle,
                "internalError",
                internalError,
                "unavailable",
                unavailable,
                "truncatedBody",
                0,
                "droppedConnection",
                0,
                "latencyMillis",
                0);
    }

    private String item(String sku) {
        return "/listings/2021-08-01/items/" + sellerId + "/" + sku;
    }
}
