// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.finances;

import static io.sellersync.emulator.support.Ledgers.total;
import static io.sellersync.emulator.support.Ledgers.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.support.EmulatorTest;
import io.sellersync.emulator.support.Http;
import io.sellersync.emulator.support.Ledgers;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Financial event groups as a reconciliation sees them: a deferred shipment has its maturity date and no group; at its
 * release it joins the group open then; every payout pays exactly the sum of the transactions in its group and
 * marketplace, unless a control made it differ.
 */
class PayoutGroupsTest extends EmulatorTest {

    @Test
    void deferredShipmentsJoinTheGroupOfTheirReleaseAndEachPayoutPaysItsGroup() {
        http.json("PUT", "/_emulator/faults", Map.of("lateTransactionHours", 20, "changedTransactions", 0.3), null);
        buyFor(48, 20);
        advance(30L * 24 * 3600);
        buyFor(24, 20);
        advance(4L * 24 * 3600);
        List<JsonNode> all = Ledgers.all(http, token(), "postedAfter=" + START.minusSeconds(3600), UK, DE);
        Instant now = Instant.parse(
                http.get("/_emulator/clock", null).json().get("now").asText());

        List<JsonNode> deferred = all.stream()
                .filter(t -> t.get("transactionStatus").asText().equals("DEFERRED"))
                .toList();
        assertThat(deferred).isNotEmpty();
        for (JsonNode t : deferred) {
            assertThat(group(t)).as("a deferred shipment is in no group yet").isEmpty();
            JsonNode context = t.at("/contexts/0");
            assertThat(context.get("contextType").asText()).isEqualTo("DeferredContext");
            assertThat(Instant.parse(context.get("maturityDate").asText()))
                    .isEqualTo(Instant.parse(t.get("postedDate").asText()).plus(Duration.ofDays(7)))
                    .isAfter(now.minus(Duration.ofDays(7)));
        }
        List<JsonNode> released = all.stream()
                .filter(t -> t.get("transactionStatus").asText().equals("DEFERRED_RELEASED"))
                .toList();
        assertThat(released).isNotEmpty();
        released.forEach(t -> assertThat(group(t)).isPresent());
        assertThat(released).allSatisfy(t -> assertThat(t.path("contexts")).isEmpty());

        Map<String, BigDecimal> sums = new HashMap<>();
        List<JsonNode> transfers = new ArrayList<>();
        for (JsonNode t : all) {
            if (type(t).equals("Transfer")) {
                transfers.add(t);
            } else if (group(t).isPresent()) {
                sums.merge(group(t).get() + "|" + market(t), total(t), BigDecimal::add);
            }
        }
        assertThat(transfers).hasSizeGreaterThanOrEqualTo(2);
        for (JsonNode transfer : transfers) {
            assertThat(total(transfer).negate())
                    .as(transfer.get("transactionId").asText())
                    .isEqualByComparingTo(sums.get(group(transfer).orElseThrow() + "|" + market(transfer)));
        }
    }

    @Test
    void anInjectedDiscrepancyMakesExactlyTheNextPayoutOfThatMarketplaceDiffer() {
        buyFor(48, 20);
        advance(10L * 24 * 3600);
        Http.Response injected = http.json(
                "POST",
                "/_emulator/finances/payout-discrepancy",
                Map.of("marketplaceId", DE, "amount", new BigDecimal("-1.23")),
                null);
        assertThat(injected.status()).isEqualTo(200);
        assertThat(http.json(
                                "POST",
                                "/_emulator/finances/payout-discrepancy",
                                Map.of("marketplaceId", "XX", "amount", 1),
                                null)
                        .status())
                .isEqualTo(400);
        advance(30L * 24 * 3600);
        List<JsonNode> all = Ledgers.all(http, token(), "postedAfter=" + START.minusSeconds(3600), UK, DE);
        Map<String, BigDecimal> sums = new HashMap<>();
        all.stream()
                .filter(t -> !type(t).equals("Transfer") && group(t).isPresent())
                .forEach(t -> sums.merge(group(t).get() + "|" + market(t), total(t), BigDecimal::add));
        List<String> off = new ArrayList<>();
        for (JsonNode transfer : all) {
            if (type(transfer).equals("Transfer")) {
                BigDecimal difference = sums.get(group(transfer).orElseThrow() + "|" + market(transfer))
                        .add(total(transfer));
                if (difference.signum() != 0) {
                    off.add(market(transfer) + " " + difference.toPlainString());
                }
            }
        }
        assertThat(off).containsExactly(DE + " 1.23");
        assertThat(http.get("/_emulator/finances/payout-discrepancy", null)
                        .json()
                        .get("pending"))
                .isEmpty();
    }

    private static Optional<String> group(JsonNode t) {
        for (JsonNode id : t.path("relatedIdentifiers")) {
            if (id.get("relatedIdentifierName").asText().equals("FINANCIAL_EVENT_GROUP_ID")) {
                return Optional.of(id.get("relatedIdentifierValue").asText());
            }
        }
        return Optional.empty();
    }

    private static String market(JsonNode t) {
        return t.at("/marketplaceDetails/marketplaceId").asText();
    }
}
