// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellersync.emulator.faults.Faults;
import io.sellersync.emulator.listings.ItemRenderer;
import io.sellersync.emulator.listings.ListingIssue;
import io.sellersync.emulator.listings.Plan;
import io.sellersync.emulator.listings.Submission;
import io.sellersync.emulator.listings.SubmissionPlanner;
import io.sellersync.emulator.world.World;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Processes one {@code JSON_LISTINGS_FEED} document: checks the envelope, validates every message against the message
 * schema and the product-type rules, and writes the processing report ({@code listings-feed-processing-report-schema-v2}).
 * An unreadable document or a broken envelope makes the feed {@code FATAL}.
 */
@Component
class ListingsFeedProcessor {

    /** What processing decided: the final status, the report, and the accepted messages to apply. */
    record Outcome(String status, ObjectNode report, List<Accepted> accepted) {}

    /** A message whose changes will be applied. */
    record Accepted(String sku, Plan plan) {}

    private static final Set<String> DATASETS = Set.copyOf(ItemRenderer.DATASETS);

    private final ObjectMapper json;
    private final SubmissionPlanner planner;
    private final ItemRenderer renderer;
    private final World world;
    private final Faults faults;

    ListingsFeedProcessor(
            ObjectMapper json, SubmissionPlanner planner, ItemRenderer renderer, World world, Faults faults) {
        this.json = json;
        this.planner = planner;
        this.renderer = renderer;
        this.world = world;
        this.faults = faults;
    }

    Outcome process(Feed feed, byte[] content, java.time.Instant at) {
        JsonNode document;
        try {
            document = content == null || content.length == 0 ? null : json.readTree(content);
        } catch (IOException e) {
            document = null;
        }
        if (document == null || !document.isObject()) {
            return fatal(feed, "The feed document could not be parsed as JSON.");
        }
        JsonNode header = document.get("header");
        if (header == null || !header.isObject()) {
            return fatal(feed, "The feed document has no 'header' object.");
        }
        if (!"2.0".equals(header.path("version").asText(null))) {
            return fatal(feed, "header.version must be \"2.0\".");
        }
        if (!feed.sellerId().equals(header.path("sellerId").asText(null))) {
            return fatal(feed, "header.sellerId does not match the seller that submitted the feed.");
        }
        JsonNode reportSpec = header.get("report");
        List<String> includedData = List.of();
        if (reportSpec != null) {
            JsonNode data = reportSpec.path("includedData");
            if (!reportSpec.isObject()
                    || !data.isArray()
                    || data.isEmpty()
                    || !"2021-08-01".equals(reportSpec.path("apiVersion").asText(null))) {
                return fatal(
                        feed, "header.report needs includedData (at least one dataset) and apiVersion 2021-08-01.");
            }
            List<String> values = new ArrayList<>();
            for (JsonNode d : data) {
                if (!DATASETS.contains(d.asText())) {
                    return fatal(feed, "header.report.includedData has an unknown dataset '" + d.asText() + "'.");
                }
                values.add(d.asText());
            }
            includedData = values;
        }
        JsonNode messages = document.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty() || messages.size() > 25_000) {
            return fatal(feed, "'messages' must be an array of 1 to 25000 messages.");
        }

        ArrayNode issues = json.createArrayNode();
        List<Accepted> accepted = new ArrayList<>();
        Set<Long> seenIds = new HashSet<>();
        Set<String> skus = new LinkedHashSet<>();
        int invalid = 0;
        for (JsonNode message : messages) {
            Long messageId = message.path("messageId").isIntegralNumber()
                    ? message.get("messageId").asLong()
                    : null;
            String sku = message.path("sku").isTextual() ? message.get("sku").asText() : null;
            List<String> violations = MessageSchema.violations(message);
            if (messageId != null && !seenIds.add(messageId)) {
                violations = new ArrayList<>(violations);
                violations.add("messageId " + messageId + " is used by more than one message in this feed.");
            }
            if (!violations.isEmpty()) {
                invalid++;
                for (String violation : violations) {
                    issues.add(
                            issue(messageId, sku, "4000000", "ERROR", "The message is not valid: " + violation, null));
                }
                continue;
            }
            Plan plan = planner.plan(submission(feed, message), at);
            for (ListingIssue issue : plan.issues()) {
                issues.add(issue(
                        messageId,
                        sku,
                        issue.code(),
                        issue.severity(),
                        issue.message(),
                        issue.attributeNames().isEmpty()
                                ? null
                                : issue.attributeNames().get(0)));
            }
            if (plan.accepted() && faults.feedWarning(sku)) {
                issues.add(issue(
                        messageId,
                        sku,
                        "4000006",
                        "WARNING",
                        "Emulated warning (fault feedWarningSkus): the message was accepted with a warning.",
                        "purchasable_offer"));
            }
            skus.add(sku);
            if (plan.accepted()) {
                accepted.add(new Accepted(sku, plan));
            } else {
                invalid++;
            }
        }

        ObjectNode report = json.createObjectNode();
        ObjectNode reportHeader = header(feed);
        report.set("header", reportHeader);
        report.set("issues", issues);
        ObjectNode summary = report.putObject("summary");
        summary.put("errors", count(issues, "ERROR"));
        summary.put("warnings", count(issues, "WARNING"));
        summary.put("messagesProcessed", messages.size());
        summary.put("messagesAccepted", accepted.size());
        summary.put("messagesInvalid", invalid);
        if (!includedData.isEmpty()) {
            ObjectNode echo = reportHeader.putObject("report");
            includedData.forEach(echo.putArray("includedData")::add);
            echo.put("apiVersion", "2021-08-01");
            ArrayNode items = report.putArray("items");
            List<String> datasets = includedData;
            for (String sku : skus) {
                world.listing(feed.sellerId(), sku)
                        .ifPresent(l -> items.add(renderer.render(l, feed.marketplaceIds(), datasets)));
            }
            ObjectNode itemSummary = summary.putObject("itemSummary");
            itemSummary.put("items", items.size());
            itemSummary.put("errors", 0);
            itemSummary.put("warnings", 0);
        }
        return new Outcome("DONE", report, accepted);
    }

    private Submission submission(Feed feed, JsonNode message) {
        List<Submission.Patch> patches = new ArrayList<>();
        message.path("patches")
                .forEach(p -> patches.add(new Submission.Patch(
                        p.path("op").asText(), p.path("path").asText(), p.get("value"))));
        String operationType = message.get("operationType").asText();
        return new Submission(
                feed.sellerId(),
                message.get("sku").asText(),
                operationType,
                message.path("productType").asText(null),
                message.path("requirements").asText("LISTING"),
                message.has("attributes") ? (ObjectNode) message.get("attributes") : json.createObjectNode(),
                patches,
                feed.marketplaceIds());
    }

    private Outcome fatal(Feed feed, String why) {
        ObjectNode report = json.createObjectNode();
        report.set("header", header(feed));
        report.putArray("issues").add(issue(null, null, "4000000", "ERROR", why, null));
        ObjectNode summary = report.putObject("summary");
        summary.put("errors", 1);
        summary.put("warnings", 0);
        summary.put("messagesProcessed", 0);
        summary.put("messagesAccepted", 0);
        summary.put("messagesInvalid", 0);
        return new Outcome("FATAL", report, List.of());
    }

    private ObjectNode header(Feed feed) {
        ObjectNode header = json.createObjectNode();
        header.put("sellerId", feed.sellerId());
        header.put("version", "2.0");
        header.put("feedId", feed.feedId());
        return header;
    }

    private ObjectNode issue(
            Long messageId, String sku, String code, String severity, String message, String attributeName) {
        ObjectNode issue = json.createObjectNode();
        if (messageId != null && messageId >= 1) {
            issue.put("messageId", messageId);
        }
        if (sku != null && !sku.isEmpty()) {
            issue.put("sku", sku);
        }
        issue.put("code", code);
        issue.put("severity", severity);
        issue.put("message", message);
        if (attributeName != null) {
            issue.put("attributeName", attributeName);
        }
        return issue;
    }

    private static int count(ArrayNode issues, String severity) {
        int n = 0;
        for (JsonNode issue : issues) {
            if (severity.equals(issue.path("severity").asText())) {
                n++;
            }
        }
        return n;
    }
}
