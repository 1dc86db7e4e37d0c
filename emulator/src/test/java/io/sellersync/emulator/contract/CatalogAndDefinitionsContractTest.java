// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.contract;

import static io.sellersync.emulator.contract.ContractAssertions.conforms;
import static io.sellersync.emulator.support.SpApiModels.CATALOG;
import static io.sellersync.emulator.support.SpApiModels.DEFINITIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.support.EmulatorTest;
import io.sellersync.emulator.support.Http;
import io.sellersync.emulator.support.SpApiModels;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Catalog Items and Product Type Definitions responses against their official models. */
class CatalogAndDefinitionsContractTest extends EmulatorTest {

    private static final String ALL = "attributes,classifications,dimensions,identifiers,images,productTypes,"
            + "relationships,salesRanks,summaries,vendorDetails";

    private String token;
    private JsonNode listing;

    @BeforeEach
    void setUp() {
        assumeTrue(SpApiModels.available(), SpApiModels.missingReason());
        token = token();
        listing = listingInBothMarketplaces();
        http.json("PUT", "/_emulator/config", Map.of("rateMultiplier", 10.0), null);
    }

    @Test
    void getCatalogItem() {
        String asin = listing.get("asin").asText();
        Http.Response full = conforms(
                CATALOG,
                "getCatalogItem",
                200,
                http.get(
                        "/catalog/2022-04-01/items/" + asin + "?marketplaceIds=" + UK + "," + DE + "&includedData="
                                + ALL,
                        token));
        assertThat(full.json().at("/productTypes/0/productType").asText())
                .isEqualTo(listing.get("productType").asText());
        conforms(
                CATALOG,
                "getCatalogItem",
                200,
                http.get("/catalog/2022-04-01/items/" + asin + "?marketplaceIds=" + UK, token));
        conforms(CATALOG, "getCatalogItem", 400, http.get("/catalog/2022-04-01/items/" + asin, token));
        conforms(
                CATALOG,
                "getCatalogItem",
                404,
                http.get("/catalog/2022-04-01/items/B000NOTHERE?marketplaceIds=" + UK, token));
    }

    @Test
    void searchCatalogItems() {
        String asin = listing.get("asin").asText();
        String sku = listing.get("sku").asText();
        Http.Response byAsin = conforms(
                CATALOG,
                "searchCatalogItems",
                200,
                http.get(
                        "/catalog/2022-04-01/items?marketplaceIds=" + UK + "&identifiersType=ASIN&identifiers=" + asin
                                + "&includedData=" + ALL,
                        token));
        assertThat(byAsin.json().at("/items/0/asin").asText()).isEqualTo(asin);
        Http.Response bySku = conforms(
                CATALOG,
                "searchCatalogItems",
                200,
                http.get(
                        "/catalog/2022-04-01/items?marketplaceIds=" + UK + "&identifiersType=SKU&identifiers=" + sku
                                + "&sellerId=" + sellerId,
                        token));
        assertThat(bySku.json().at("/items/0/asin").asText()).isEqualTo(asin);
        Http.Response byKeyword = conforms(
                CATALOG,
                "searchCatalogItems",
                200,
                http.get("/catalog/2022-04-01/items?marketplaceIds=" + UK + "&keywords=vintage&pageSize=5", token));
        assertThat(byKeyword.json().get("numberOfResults").asInt()).isPositive();
        conforms(
                CATALOG,
                "searchCatalogItems",
                200,
                http.get(
                        "/catalog/2022-04-01/items?marketplaceIds=" + UK + "&keywords=vintage&pageSize=5&pageToken="
                                + byKeyword.json().at("/pagination/nextToken").asText(),
                        token));
        conforms(
                CATALOG,
                "searchCatalogItems",
                400,
                http.get("/catalog/2022-04-01/items?marketplaceIds=" + UK + "," + DE + "&keywords=tv", token));
        conforms(
                CATALOG,
                "searchCatalogItems",
                400,
                http.get("/catalog/2022-04-01/items?marketplaceIds=&keywords=tv", token));
        conforms(
                CATALOG,
                "searchCatalogItems",
                400,
                http.get(
                        "/catalog/2022-04-01/items?marketplaceIds=" + UK + "&identifiersType=SKU&identifiers=" + sku,
                        token));
    }

    @Test
    void productTypeDefinitions() {
        String productType = listing.get("productType").asText();
        Http.Response definition = conforms(
                DEFINITIONS,
                "getDefinitionsProductType",
                200,
                http.get(
                        "/definitions/2020-09-01/productTypes/" + productType + "?marketplaceIds=" + UK
                                + "&requirements=LISTING_OFFER_ONLY&sellerId=" + sellerId,
                        token));
        String link = definition.json().at("/schema/link/resource").asText();
        Http.Response schema = http.send("GET", link, null, null, null);
        assertThat(schema.status()).isEqualTo(200);
        assertThat(schema.json()
                        .at("/properties/purchasable_offer/items/required/1")
                        .asText())
                .isEqualTo("currency");
        assertThat(schema.json().get("required"))
                .extracting(JsonNode::asText)
                .containsExactly("merchant_suggested_asin", "condition_type");
        assertThat(definition.json().at("/schema/checksum").asText())
                .isEqualTo(java.util.Base64.getEncoder().encodeToString(md5(schema.bytes())));
        conforms(
                DEFINITIONS,
                "getDefinitionsProductType",
                404,
                http.get("/definitions/2020-09-01/productTypes/INVALID?marketplaceIds=" + UK, token));
        conforms(
                DEFINITIONS,
                "getDefinitionsProductType",
                400,
                http.get(
                        "/definitions/2020-09-01/productTypes/" + productType + "?marketplaceIds=" + UK + "," + DE,
                        token));
        Http.Response search = conforms(
                DEFINITIONS,
                "searchDefinitionsProductTypes",
                200,
                http.get("/definitions/2020-09-01/productTypes?marketplaceIds=" + UK + "&keywords=luggage", token));
        assertThat(search.json().at("/productTypes/0/name").asText()).isEqualTo("LUGGAGE");
        conforms(
                DEFINITIONS,
                "searchDefinitionsProductTypes",
                400,
                http.get(
                        "/definitions/2020-09-01/productTypes?marketplaceIds=" + UK + "&keywords=x&itemName=y", token));
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("MD5").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
