// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.listings;

import static io.sellersync.emulator.support.Feeds.availabilityMessage;
import static io.sellersync.emulator.support.Feeds.patchBody;
import static io.sellersync.emulator.support.Feeds.priceMessage;
import static io.sellersync.emulator.support.Feeds.quantityMessage;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.support.EmulatorTest;
import io.sellersync.emulator.support.Http;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code issues} dataset tells a seller what Amazon thinks of a live listing: the warnings of the last accepted
 * change, and a deactivation for a potential pricing error that takes the offer off sale until the price is fixed.
 */
class ListingIssuesTest extends EmulatorTest {

    private static final long PRICE_DELAY_SECONDS = 15 * 60;

    private String token;
    private JsonNode listing;
    private String sku;

    @BeforeEach
    void setUp() {
        token = token();
        listing = listingInBothMarketplaces();
        sku = listing.get("sku").asText();
    }

    @Test
    void warningsOfTheLastAcceptedChangeStayWithTheListingUntilTheNextOne() {
        Http.Response accepted = patch(
                UK,
                patchBody(availabilityMessage(1, sku, listing.get("productType").asText(), "AMAZON_EU", 5)));
        assertThat(accepted.json().get("status").asText()).isEqualTo("ACCEPTED");
        JsonNode issue = issues(UK).get(0);
        assertThat(issue.get("code").asText()).isEqualTo("4000002");
        assertThat(issue.get("severity").asText()).isEqualTo("WARNING");
        assertThat(issue.get("marketplaceIds")).extracting(JsonNode::asText).containsExactly(UK);
        assertThat(issues(DE)).as("the change was submitted for UK only").isEmpty();
        assertThat(searchSkus("&withIssueSeverity=WARNING")).containsExactly(sku);
        assertThat(searchSkus("&withIssueSeverity=ERROR")).isEmpty();

        patch(UK, patchBody(quantityMessage(1, sku, listing.get("productType").asText(), 3)));
        assertThat(issues(UK)).isEmpty();
    }

    @Test
    void aPriceFarBelowTheReferenceDeactivatesTheOfferUntilAPlausiblePriceGoesLive() {
        BigDecimal price = listing.at("/offers/" + UK + "/price").decimalValue();
        BigDecimal tooLow = price.divide(BigDecimal.TEN, 2, RoundingMode.DOWN).max(new BigDecimal("0.01"));
        patch(UK, patchBody(priceMessage(1, sku, listing.get("productType").asText(), UK, "GBP", tooLow.toString())));
        advance(PRICE_DELAY_SECONDS + 1);

        JsonNode issue = issues(UK).get(0);
        assertThat(issue.get("code").asText()).isEqualTo("4000005");
        assertThat(issue.get("severity").asText()).isEqualTo("ERROR");
        assertThat(issue.get("categories")).extracting(JsonNode::asText).containsExactly("INVALID_PRICE");
        assertThat(issue.at("/enforcements/actions/0/action").asText()).isEqualTo("LISTING_SUPPRESSED");
        assertThat(issue.get("message").asText()).contains(tooLow.toPlainString(), price.toPlainString());
        assertThat(issues(DE)).isEmpty();
        assertThat(status(UK)).isEmpty();
        assertThat(status(DE)).contains("BUYABLE");
        assertThat(purchase(UK).status()).isEqualTo(409);
        assertThat(purchase(DE).status()).isEqualTo(200);
        assertThat(searchSkus("&withIssueSeverity=ERROR")).containsExactly(sku);
        JsonNode health = http.get("/_emulator/listings/" + sellerId + "/" + sku + "/health", null)
                .json();
        assertThat(health.get("fulfillmentChannel").asText()).isEqualTo("DEFAULT");
        assertThat(health.at("/status/" + UK)).isEmpty();
        assertThat(health.at("/issues/0/code").asText()).isEqualTo("4000005");

        String plausible = price.multiply(new BigDecimal("0.9"))
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
        patch(UK, patchBody(priceMessage(2, sku, listing.get("productType").asText(), UK, "GBP", plausible)));
        advance(PRICE_DELAY_SECONDS + 1);
        assertThat(issues(UK)).isEmpty();
        assertThat(status(UK)).contains("BUYABLE", "DISCOVERABLE");
        assertThat(purchase(UK).status()).isEqualTo(200);
    }

    private Http.Response patch(String marketplaceId, Object body) {
        Http.Response response = http.json(
                "PATCH",
                "/listings/2021-08-01/items/" + sellerId + "/" + sku + "?marketplaceIds=" + marketplaceId,
                body,
                token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private JsonNode get(String marketplaceId) {
        Http.Response response = http.get(
                "/listings/2021-08-01/items/" + sellerId + "/" + sku + "?marketplaceIds=" + marketplaceId
                        + "&includedData=summaries,issues",
                token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode issues(String marketplaceId) {
        return get(marketplaceId).get("issues");
    }

    private List<String> status(String marketplaceId) {
        List<String> status = new ArrayList<>();
        get(marketplaceId).at("/summaries/0/status").forEach(s -> status.add(s.asText()));
        return status;
    }

    private List<String> searchSkus(String filter) {
        Http.Response response = http.get(
                "/listings/2021-08-01/items/" + sellerId + "?marketplaceIds=" + UK + "&includedData=issues&pageSize=20"
                        + filter,
                token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> skus = new ArrayList<>();
        response.json().get("items").forEach(i -> skus.add(i.get("sku").asText()));
        return skus;
    }

    private Http.Response purchase(String marketplaceId) {
        return http.json(
                "POST",
                "/_emulator/buyers/purchase",
                Map.of("sku", sku, "marketplaceId", marketplaceId, "quantity", 1),
                null);
    }
}
