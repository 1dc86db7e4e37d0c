// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Parse throughput of processing reports, in messages (issues) per second. Run with {@code -Dgroups=bench}. */
@Tag("bench")
class ReportParseBenchmark {

    @Test
    void parsesLargeReports() {
        byte[] report = report(25_000);
        for (int i = 0; i < 5; i++) {
            ProcessingReportParser.parse(report);
        }
        int rounds = 20;
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            ProcessingReportParser.parse(report);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println(String.format(
                java.util.Locale.ROOT,
                "{\"bench\":\"report-apply-parse\",\"messages_per_s\":%.0f,\"messages\":%d,\"bytes\":%d}",
                rounds * 25_000 / seconds,
                25_000,
                report.length));
    }

    /** A processing report with one ERROR issue per message and the summary Amazon would give. */
    static byte[] report(int messages) {
        StringBuilder json = new StringBuilder(messages * 200);
        json.append("{\"header\":{\"sellerId\":\"A1SELLER\",\"version\":\"2.0\",\"feedId\":\"50012345678\"},")
                .append("\"issues\":[");
        for (int i = 1; i <= messages; i++) {
            json.append(i == 1 ? "" : ",")
                    .append("{\"messageId\":")
                    .append(i)
                    .append(",\"sku\":\"SKU-")
                    .append(i)
                    .append("\",\"code\":\"90220\",\"severity\":\"ERROR\",")
                    .append("\"message\":\"'purchasable_offer' is not valid: the price must be greater than 0.\",")
                    .append("\"attributeName\":\"purchasable_offer.our_price\"}");
        }
        json.append("],\"summary\":{\"errors\":")
                .append(messages)
                .append(",\"warnings\":0,\"messagesProcessed\":")
                .append(messages)
                .append(",\"messagesAccepted\":0,\"messagesInvalid\":")
                .append(messages)
                .append("}}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
