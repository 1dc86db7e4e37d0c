// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi.api;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.sellersync.integration.spapi.generated.reports.CreateReportResponse;
import io.sellersync.integration.spapi.generated.reports.CreateReportSpecification;
import io.sellersync.integration.spapi.generated.reports.Report;
import io.sellersync.integration.spapi.generated.reports.ReportDocument;

/** Reports API 2021-06-30. */
public interface ReportsApi {

    @RequestLine("POST /reports/2021-06-30/reports")
    @Headers("Content-Type: application/json")
    CreateReportResponse createReport(CreateReportSpecification body);

    @RequestLine("GET /reports/2021-06-30/reports/{reportId}")
    Report getReport(@Param("reportId") String reportId);

    @RequestLine("GET /reports/2021-06-30/documents/{reportDocumentId}")
    ReportDocument getReportDocument(@Param("reportDocumentId") String reportDocumentId);
}
