// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.support.EmulatorTest;
import io.sellersync.emulator.support.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The control API that seeds, moves time and exposes ground truth to tests and demos. */
class ControlApiTest extends EmulatorTest {

    @Test
    void credentialsDescribeTheDemoSeller() {
        JsonNode body = http.get("/_emulator/credentials", null).json();
        assertThat(body.get("sellerId").asText()).isEqualTo(sellerId);
        assertThat(body.get("region").asText()).isEqualTo("EU");
        assertThat(body.get("marketplaceIds")).extracting(JsonNode::asText).containsExactly(UK, DE);
        assertThat(body.get("clientId").asText()).startsWith("amzn1.application-oa2-client.");
        assertThat(body.get("clientSecret").asText()).isNotBlank();
        assertThat(body.get("refreshToken").asText()).startsWith("Atzr|");
        assertThat(body.get("lwaEndpoint").asText()).isEqualTo(http.base() + "/auth/o2/token");
    }

    @Test
    void sameSeedReproducesTheSameWorldAndAnotherSeedDoesNot() {
        String first = http.get("/_emulator/listings", null).body();
        http.json(
                "POST",
                "/_emulator/seed",
                Map.of("seed", 43, "startTime", START.toString(), "purchasesPerHour", 0),
                null);
        String other = http.get("/_emulator/listings", null).body();
        http.json(
                "POST",
                "/_emulator/seed",
                Map.of("seed", 42, "startTime", START.toString(), "purchasesPerHour", 0),
                null);
        String again = http.get("/_emulator/listings", null).body();
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void seedingResetsStateButKeepsTheSizeAsked() {
        Http.Response seeded = http.json(
                "POST",
                "/_emulator/seed",
                Map.of("seed", 5, "catalogSize", 20, "listingsPerSeller", 10, "sellers", 1, "purchasesPerHour", 0),
                null);
        assertThat(seeded.json().get("catalogSize").asInt()).isEqualTo(20);
        assertThat(http.get("/_emulator/listings", null).json()).hasSize(10);
        assertThat(http.get("/_emulator/sellers", null).json()).hasSize(1);
    }

    @Test
    void historyDaysFillTheWorldWithPastOrdersAndMoney() {
        Http.Response seeded = http.json(
                "POST",
                "/_emulator/seed",
                Map.of("seed", 42, "startTime", START.toString(), "purchasesPerHour", 3, "historyDays", 30),
                null);
        assertThat(seeded.status()).isEqualTo(200);
        JsonNode orders = http.get("/_emulator/orders", null).json();
        assertThat(orders.size()).isGreaterThan(1000);
        java.time.Instant oldest =
                java.time.Instant.parse(orders.get(0).get("createdTime").asText());
        assertThat(oldest)
                .isAfter(START.minus(java.time.Duration.ofDays(30)))
                .isBefore(START.minusSeconds(86_400 * 29));
        JsonNode transactions = http.get("/_emulator/transactions", null).json();
        java.util.Set<String> types = new java.util.HashSet<>();
        transactions.forEach(t -> types.add(t.get("transactionType").asText()));
        assertThat(types).contains("Shipment", "Refund", "Transfer");
        assertThat(http.get("/_emulator/clock", null).json().get("now").asText())
                .isEqualTo(START.toString());
    }

    @Test
    void clockCanBeAdvancedAndSpedUp() {
        assertThat(http.get("/_emulator/clock", null).json().get("now").asText())
                .isEqualTo(START.toString());
        advance(90);
        assertThat(http.get("/_emulator/clock", null).json().get("now").asText())
                .isEqualTo(START.plusSeconds(90).toString());
        JsonNode speed = http.json("POST", "/_emulator/clock/speed", Map.of("speed", 2.5), null)
                .json();
        assertThat(speed.get("speed").asDouble()).isEqualTo(2.5);
        http.json("POST", "/_emulator/clock/speed", Map.of("speed", 0), null);
        assertThat(http.json("POST", "/_emulator/clock/advance", Map.of("seconds", -1), null)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void configIsReadableAndPartiallyWritable() {
        JsonNode defaults = http.get("/_emulator/config", null).json();
        assertThat(defaults.get("quantityPropagationSeconds").asLong()).isEqualTo(60);
        assertThat(defaults.get("pricePropagationSeconds").asLong()).isEqualTo(900);
        JsonNode updated = http.json("PUT", "/_emulator/config", Map.of("pricePropagationSeconds", 120), null)
                .json();
        assertThat(updated.get("pricePropagationSeconds").asLong()).isEqualTo(120);
        assertThat(updated.get("quantityPropagationSeconds").asLong()).isEqualTo(60);
    }

    @Test
    void pendingWorkIsVisible() {
        String token = token();
        JsonNode listing = listingInBothMarketplaces();
        http.json(
                "PATCH",
                "/listings/2021-08-01/items/" + sellerId + "/"
                        + listing.get("sku").asText() + "?marketplaceIds=" + UK,
                Map.of(
                        "productType",
                        listing.get("productType").asText(),
                        "patches",
                        List.of(Map.of(
                                "op",
                                "replace",
                                "path",
                                "/attributes/fulfillment_availability",
                                "value",
                                List.of(Map.of("fulfillment_channel_code", "DEFAULT", "quantity", 3))))),
                token);
        List<JsonNode> pending = new java.util.ArrayList<>();
        http.get("/_emulator/pending", null).json().forEach(task -> {
            if (task.get("what").asText().startsWith("quantity ")) {
                pending.add(task);
            }
        });
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).get("due").asText())
                .isEqualTo(START.plusSeconds(60).toString());
    }
}
