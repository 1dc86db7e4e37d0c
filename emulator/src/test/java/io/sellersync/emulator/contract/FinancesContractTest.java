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
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Finances 2024-06-19 {@code listTransactions} against {@code finances_2024-06-19.json}, every page and type. */
class FinancesContractTest extends EmulatorTest {

    @Test
    void listTransactions() {
        assumeTrue(SpApiModels.available(), SpApiModels.missingReason());
        http.json("PUT", "/_emulator/config", Map.of("rateMultiplier", 100.0), null);
        http.json("PUT", "/_emulator/buyers", Map.of("purchasesPerHour", 20), null);
        advance(2 * 24 * 3600);
        http.json("PUT", "/_emulator/buyers", Map.of("purchasesPerHour", 0), null);
        advance(20L * 24 * 3600);
        String token = token();
        Set<String> types = new HashSet<>();
        String query = "/finances/2024-06-19/transactions?postedAfter=" + START + "&marketplaceId=" + UK;
        Http.Response page = conforms(FINANCES, "listTransactions", 200, http.get(query, token));
        page.json()
                .at("/payload/transactions")
                .forEach(t -> types.add(t.get("transactionType").asText()));
        while (page.json().at("/payload/nextToken").isTextual()) {
            page = conforms(
                    FINANCES,
                    "listTransactions",
                    200,
                    http.get(
                            query + "&nextToken="
                                    + page.json().at("/payload/nextToken").asText(),
                            token));
            for (JsonNode t : page.json().at("/payload/transactions")) {
                types.add(t.get("transactionType").asText());
            }
        }
        assertThat(types).contains("Shipment", "Refund", "Transfer");
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
}
