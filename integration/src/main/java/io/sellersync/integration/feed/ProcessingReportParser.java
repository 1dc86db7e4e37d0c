// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.sellersync.messages.feed.FeedIssue;
import io.sellersync.messages.feed.FeedSummary;
import io.sellersync.messages.feed.ReportIssue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code JSON_LISTINGS_FEED} processing report as a stream (25,000 messages fit without a tree): every
 * {@code issues[]} entry and the {@code summary}. Tolerant: unknown fields and blocks ({@code header}, {@code items})
 * are skipped, numbers may come as strings, and a missing summary is counted from the issues.
 */
final class ProcessingReportParser {

    private static final JsonFactory JSON = new JsonFactory();

    /** The parsed report; {@code summaryGiven} false when Amazon sent none and it was counted here. */
    record ProcessingReport(FeedSummary summary, List<ReportIssue> issues, boolean summaryGiven) {

        /** Issues that concern the whole feed (no message, no SKU). */
        List<ReportIssue> feedLevel() {
            return issues.stream()
                    .filter(i -> i.messageId() == null && i.sku() == null)
                    .toList();
        }
    }

    private ProcessingReportParser() {}

    static ProcessingReport parse(byte[] report) {
        try (JsonParser parser = JSON.createParser(report)) {
            return parse(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("the processing report is not readable JSON: " + e.getMessage(), e);
        }
    }

    static ProcessingReport parse(InputStream report) {
        try (JsonParser parser = JSON.createParser(report)) {
            return parse(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("the processing report is not readable JSON: " + e.getMessage(), e);
        }
    }

    private static ProcessingReport parse(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("the report is not a JSON object");
        }
        List<ReportIssue> issues = new ArrayList<>();
        FeedSummary summary = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("issues".equals(field) && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (parser.currentToken() == JsonToken.START_OBJECT) {
                        issues.add(issue(parser));
                    } else {
                        parser.skipChildren();
                    }
                }
            } else if ("summary".equals(field) && value == JsonToken.START_OBJECT) {
                summary = summary(parser);
            } else {
                parser.skipChildren();
            }
        }
        if (summary != null) {
            return new ProcessingReport(summary, issues, true);
        }
        int errors = (int) issues.stream()
                .filter(i -> "ERROR".equals(i.issue().severity()))
                .count();
        int warnings = (int) issues.stream()
                .filter(i -> "WARNING".equals(i.issue().severity()))
                .count();
        return new ProcessingReport(new FeedSummary(0, 0, 0, errors, warnings), issues, false);
    }

    private static ReportIssue issue(JsonParser parser) throws IOException {
        Integer messageId = null;
        String sku = null;
        String code = null;
        String severity = null;
        String message = null;
        String attributeName = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                parser.skipChildren();
                continue;
            }
            if (value == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (field) {
                case "messageId" -> messageId = integer(parser);
                case "sku" -> sku = parser.getValueAsString();
                case "code" -> code = parser.getValueAsString();
                case "severity" -> severity = upper(parser.getValueAsString());
                case "message" -> message = parser.getValueAsString();
                case "attributeName" -> attributeName = parser.getValueAsString();
                default -> {
                    // other fields are Amazon's to add
                }
            }
        }
        return new ReportIssue(messageId, sku, new FeedIssue(code, severity, message, attributeName));
    }

    private static FeedSummary summary(JsonParser parser) throws IOException {
        int processed = 0;
        int accepted = 0;
        int invalid = 0;
        int errors = 0;
        int warnings = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                parser.skipChildren();
                continue;
            }
            Integer number = integer(parser);
            int n = number == null ? 0 : number;
            switch (field) {
                case "messagesProcessed" -> processed = n;
                case "messagesAccepted" -> accepted = n;
                case "messagesInvalid" -> invalid = n;
                case "errors" -> errors = n;
                case "warnings" -> warnings = n;
                default -> {
                    // itemSummary and later additions
                }
            }
        }
        return new FeedSummary(processed, accepted, invalid, errors, warnings);
    }

    private static Integer integer(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return parser.getIntValue();
        }
        String text = parser.getValueAsString();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String upper(String text) {
        return text == null ? null : text.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
