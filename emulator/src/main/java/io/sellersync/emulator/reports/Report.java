// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.reports;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** A requested report, shaped as the model's {@code Report}; the seller is kept but never rendered. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(
        @JsonIgnore String sellerId,
        String reportId,
        String reportType,
        List<String> marketplaceIds,
        Instant dataStartTime,
        Instant dataEndTime,
        Instant createdTime,
        String processingStatus,
        Instant processingStartTime,
        Instant processingEndTime,
        String reportDocumentId) {

    public Report {
        marketplaceIds = List.copyOf(marketplaceIds);
    }

    Report started(Instant at) {
        return new Report(
                sellerId,
                reportId,
                reportType,
                marketplaceIds,
                dataStartTime,
                dataEndTime,
                createdTime,
                "IN_PROGRESS",
                at,
                null,
                null);
    }

    Report done(Instant at, String documentId) {
        return new Report(
                sellerId,
                reportId,
                reportType,
                marketplaceIds,
                dataStartTime,
                dataEndTime,
                createdTime,
                "DONE",
                processingStartTime,
                at,
                documentId);
    }

    Report cancelled() {
        return new Report(
                sellerId,
                reportId,
                reportType,
                marketplaceIds,
                dataStartTime,
                dataEndTime,
                createdTime,
                "CANCELLED",
                null,
                null,
                null);
    }
}
