// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.contract;

import static io.sellersync.emulator.contract.ContractAssertions.conforms;
import static io.sellersync.emulator.support.SpApiModels.FINANCES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.support.EmulatorTest;
import io.sellersync.emulator.support.Http;
import io.sellersync.emulator.support.SpApiModels;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Finances 2024-06-19 {@code listTransactions} against {@code finances_2024-06-19.json}: every page of both
 * marketplaces over a month, so shipments (merchant- and Amazon-fulfilled, deferred with their {@code DeferredContext}
 * and released), refunds, service fees and transfers.
 */
class FinancesContractTest extends EmulatorTest {

    @Test
    void listTransactions() {
        assumeTrue(SpApiModels.available(), SpApiModels.missingReason());
        buyFor(48, 20);
        advance(31L * 24 * 3600);
        buyFor(24, 20);
        advance(3L * 24 * 3600);
        String token = token();
        Set<String> types = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        Set<String> networks = new HashSet<>();
        for (String marketplace : List.of(UK, DE)) {
            String query = "/finances/2024-06-19/transactions?postedAfter=" + START + "&marketplaceId=" + marketplace;
            Http.Response page = conforms(FINANCES, "listTransactions", 200, http.get(query, token));
            collect(page, types, statuses, networks);
            while (page.json().at("/payload/nextToken").isTextual()) {
                page = conforms(
                        FINANCES,
                        "listTransactions",
                        200,
                        http.get(
                                query + "&nextToken="
                                        + page.json().at("/payload/nextToken").asText(),
                                token));
                collect(page, types, statuses, networks);
            }
        }
        assertThat(types).contains("Shipment", "Refund", "Transfer", "ServiceFee");
        assertThat(networks).containsExactlyInAnyOrder("AFN", "MFN");
        assertThat(statuses).containsExactlyInAnyOrder("DEFERRED", "DEFERRED_RELEASED", "RELEASED");
        conforms(
                FINANCES,
                "listTransactions",
                200,
                http.get("/finances/2024-06-19/transactions?postedAfter=2023-03-07", token));
        conforms(
                FINANCES,
                "listTransactions",
                400,
                http.get("/finances/2024-06-19/transactions?postedBefore=2022-03-07", token));
    }

    private static void collect(Http.Response page, Set<String> types, Set<String> statuses, Set<String> networks) {
        for (JsonNode t : page.json().at("/payload/transactions")) {
            types.add(t.get("transactionType").asText());
            statuses.add(t.get("transactionStatus").asText());
            t.findValues("fulfillmentNetwork").forEach(n -> networks.add(n.asText()));
        }
    }
}
