// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.contract;

import static io.sellersync.emulator.contract.ContractAssertions.conforms;
import static io.sellersync.emulator.support.SpApiModels.REPORTS;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sellersync.emulator.support.EmulatorTest;
import io.sellersync.emulator.support.Http;
import io.sellersync.emulator.support.SpApiModels;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports API responses against {@code reports_2021-06-30.json}. */
class ReportsContractTest extends EmulatorTest {

    private String token;

    @BeforeEach
    void setUp() {
        assumeTrue(SpApiModels.available(), SpApiModels.missingReason());
        token = token();
    }

    @Test
    void reportLifecycle() {
        Http.Response created = conforms(
                REPORTS,
                "createReport",
                202,
                http.json(
                        "POST",
                        "/reports/2021-06-30/reports",
                        Map.of(
                                "reportType",
                                "GET_MERCHANT_LISTINGS_ALL_DATA",
                                "marketplaceIds",
                                List.of(UK, DE),
                                "dataStartTime",
                                "2026-03-01T00:00:00Z"),
                        token));
        String reportId = created.json().get("reportId").asText();
        conforms(
                REPORTS,
                "createReport",
                400,
                http.json("POST", "/reports/2021-06-30/reports", Map.of("marketplaceIds", List.of(UK)), token));
        conforms(REPORTS, "getReport", 200, http.get("/reports/2021-06-30/reports/" + reportId, token));
        advance(15);
        conforms(REPORTS, "getReport", 200, http.get("/reports/2021-06-30/reports/" + reportId, token));
        advance(30);
        Http.Response done =
                conforms(REPORTS, "getReport", 200, http.get("/reports/2021-06-30/reports/" + reportId, token));
        conforms(REPORTS, "getReport", 404, http.get("/reports/2021-06-30/reports/badReportId1", token));
        conforms(
                REPORTS,
                "getReportDocument",
                200,
                http.get(
                        "/reports/2021-06-30/documents/"
                                + done.json().get("reportDocumentId").asText(),
                        token));
        conforms(REPORTS, "getReportDocument", 404, http.get("/reports/2021-06-30/documents/badDocumentId1", token));
        conforms(
                REPORTS,
                "getReports",
                200,
                http.get("/reports/2021-06-30/reports?reportTypes=GET_MERCHANT_LISTINGS_ALL_DATA", token));
        conforms(
                REPORTS,
                "getReports",
                400,
                http.get(
                        "/reports/2021-06-30/reports?reportTypes=X" + "&processingStatuses=BAD_VALUE,IN_PROGRESS",
                        token));
        conforms(
                REPORTS,
                "cancelReport",
                400,
                http.send("DELETE", "/reports/2021-06-30/reports/" + reportId, null, null, token));
        conforms(
                REPORTS, "cancelReport", 404, http.send("DELETE", "/reports/2021-06-30/reports/ID", null, null, token));
    }

    @Test
    void cancelQueuedReport() {
        String reportId = http.json(
                        "POST",
                        "/reports/2021-06-30/reports",
                        Map.of("reportType", "GET_MERCHANT_LISTINGS_DATA", "marketplaceIds", List.of(UK)),
                        token)
                .json()
                .get("reportId")
                .asText();
        conforms(
                REPORTS,
                "cancelReport",
                200,
                http.send("DELETE", "/reports/2021-06-30/reports/" + reportId, null, null, token));
    }
}
