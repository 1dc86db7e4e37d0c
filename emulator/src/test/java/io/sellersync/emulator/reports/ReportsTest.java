// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.support.EmulatorTest;
import io.sellersync.emulator.support.Http;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Merchant listings reports are tab-separated snapshots of the live listings. */
class ReportsTest extends EmulatorTest {

    private String token;

    @BeforeEach
    void setUp() {
        token = token();
    }

    @Test
    void allListingsReportIsATabSeparatedSnapshotOfTheWorld() {
        String reportId = create("GET_MERCHANT_LISTINGS_ALL_DATA", UK);
        assertThat(report(reportId).get("processingStatus").asText()).isEqualTo("IN_QUEUE");
        advance(15);
        assertThat(report(reportId).get("processingStatus").asText()).isEqualTo("IN_PROGRESS");
        advance(30);
        JsonNode done = report(reportId);
        assertThat(done.get("processingStatus").asText()).isEqualTo("DONE");
        assertThat(done.get("processingEndTime").asText())
                .isEqualTo(START.plusSeconds(45).toString());

        List<String> lines = download(done.get("reportDocumentId").asText());
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        assertThat(header).startsWith("item-name", "item-description", "listing-id", "seller-sku", "price", "quantity");
        JsonNode world =
                http.get("/_emulator/listings?sellerId=" + sellerId, null).json();
        assertThat(lines).hasSize(world.size() + 1);
        JsonNode listing = listingInBothMarketplaces();
        String row = lines.stream()
                .filter(l -> l.split("\t", -1)[3].equals(listing.get("sku").asText()))
                .findFirst()
                .orElseThrow();
        String[] cells = row.split("\t", -1);
        assertThat(cells[header.indexOf("price")])
                .isEqualTo(listing.at("/offers/" + UK + "/price").decimalValue().toPlainString());
        assertThat(cells[header.indexOf("quantity")])
                .isEqualTo(listing.get("quantity").asText());
        assertThat(cells[header.indexOf("asin1")]).isEqualTo(listing.get("asin").asText());
        assertThat(cells.length).isEqualTo(header.size());
    }

    @Test
    void activeListingsReportLeavesOutListingsWithoutStock() {
        advance(0);
        String reportId = create("GET_MERCHANT_LISTINGS_DATA", UK);
        advance(45);
        List<String> lines = download(report(reportId).get("reportDocumentId").asText());
        long inStock = 0;
        for (JsonNode l :
                http.get("/_emulator/listings?sellerId=" + sellerId, null).json()) {
            if (l.path("offers").has(UK)
                    && l.path("offers").path(UK).hasNonNull("price")
                    && l.get("quantity").asInt() > 0) {
                inStock++;
            }
        }
        assertThat(lines).hasSize((int) inStock + 1);
    }

    @Test
    void unsupportedReportTypesAndForeignMarketplacesAreRejected() {
        assertThat(http.json(
                                "POST",
                                "/reports/2021-06-30/reports",
                                Map.of("reportType", "GET_NOTHING", "marketplaceIds", List.of(UK)),
                                token)
                        .status())
                .isEqualTo(400);
        assertThat(http.json(
                                "POST",
                                "/reports/2021-06-30/reports",
                                Map.of(
                                        "reportType",
                                        "GET_MERCHANT_LISTINGS_ALL_DATA",
                                        "marketplaceIds",
                                        List.of("ATVPDKIKX0DER")),
                                token)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void queuedReportsCanBeCancelledAndListed() {
        String first = create("GET_MERCHANT_LISTINGS_ALL_DATA", UK);
        String second = create("GET_MERCHANT_LISTINGS_ALL_DATA", DE);
        assertThat(http.send("DELETE", "/reports/2021-06-30/reports/" + first, null, null, token)
                        .status())
                .isEqualTo(200);
        advance(60);
        assertThat(report(first).get("processingStatus").asText()).isEqualTo("CANCELLED");
        assertThat(http.send("DELETE", "/reports/2021-06-30/reports/" + second, null, null, token)
                        .status())
                .isEqualTo(400);
        JsonNode page = http.get(
                        "/reports/2021-06-30/reports?reportTypes=GET_MERCHANT_LISTINGS_ALL_DATA&pageSize=1", token)
                .json();
        assertThat(page.get("reports")).hasSize(1);
        JsonNode next = http.get(
                        "/reports/2021-06-30/reports?nextToken="
                                + page.get("nextToken").asText(),
                        token)
                .json();
        assertThat(next.get("reports")).hasSize(1);
        assertThat(next.has("nextToken")).isFalse();
    }

    private String create(String type, String marketplaceId) {
        Http.Response response = http.json(
                "POST",
                "/reports/2021-06-30/reports",
                Map.of("reportType", type, "marketplaceIds", List.of(marketplaceId)),
                token);
        assertThat(response.status()).isEqualTo(202);
        return response.json().get("reportId").asText();
    }

    private JsonNode report(String reportId) {
        return http.get("/reports/2021-06-30/reports/" + reportId, token).json();
    }

    private List<String> download(String documentId) {
        JsonNode document =
                http.get("/reports/2021-06-30/documents/" + documentId, token).json();
        Http.Response content = http.send("GET", document.get("url").asText(), null, null, null);
        assertThat(content.status()).isEqualTo(200);
        return content.body().lines().toList();
    }
}
