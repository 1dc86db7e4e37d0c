// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiAccounts;
import io.sellersync.integration.spapi.SpApiClients;
import io.sellersync.integration.spapi.api.ListingsApi;
import io.sellersync.integration.spapi.generated.listings.Issue;
import io.sellersync.integration.spapi.generated.listings.ListingsItemPatchRequest;
import io.sellersync.integration.spapi.generated.listings.ListingsItemPutRequest;
import io.sellersync.integration.spapi.generated.listings.ListingsItemSubmissionResponse;
import io.sellersync.messages.feed.FeedBuiltEvent;
import io.sellersync.messages.feed.FeedIssue;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.RecordFeedValidationCommand;
import io.sellersync.messages.feed.ReportIssue;
import io.sellersync.messages.shared.MarketplaceId;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The dry run (group {@value #GROUP}, from the head of the stream): on a {@link FeedBuiltEvent} of kind
 * {@code DRY_RUN} it loads the stored document by digest and checks it three ways — the feed schema's rules (problems
 * of the whole feed), each message's attributes against the product type definition, and Amazon's own
 * {@code VALIDATION_PREVIEW} of the same operation ({@code patchListingsItem} for {@code PATCH},
 * {@code putListingsItem} for {@code UPDATE}; the client keeps those within the app-wide 20 a second). The verdict
 * goes to the feed as {@link RecordFeedValidationCommand}. A call that fails becomes an issue on its message, so a
 * dry run always ends with a verdict.
 */
@Component
@ProcessingGroup(DryRunValidator.GROUP)
public class DryRunValidator {

    public static final String GROUP = "feed-dry-run";

    /** Code of the issue a failed call leaves on its message. */
    public static final String CALL_FAILED = "DRY_RUN_CHECK_FAILED";

    private static final Logger log = LoggerFactory.getLogger(DryRunValidator.class);
    private static final Pattern ATTRIBUTE_PATH = Pattern.compile("^/attributes/([^/]+)$");
    private static final String PREVIEW = "VALIDATION_PREVIEW";

    private final FeedDocumentStore store;
    private final SpApiAccounts accounts;
    private final SpApiClients clients;
    private final ProductTypeDefinitions definitions;
    private final CommandGateway commands;
    private final Clock clock;
    private final ObjectMapper mapper =
            SpApiClients.mapper().copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public DryRunValidator(
            FeedDocumentStore store,
            SpApiAccounts accounts,
            SpApiClients clients,
            ProductTypeDefinitions definitions,
            CommandGateway commands,
            Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.clients = clients;
        this.definitions = definitions;
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(FeedBuiltEvent event) {
        if (event.kind() != FeedKind.DRY_RUN) {
            return;
        }
        SpApiAccount account;
        try {
            account = accounts.forAccount(accounts.view(event.accountId()));
        } catch (RuntimeException e) {
            commands.sendAndWait(new RecordFeedValidationCommand(
                    event.feedId(),
                    List.of(),
                    List.of("The account could not be used for the dry run: " + e.getMessage()),
                    clock.instant()));
            return;
        }
        commands.sendAndWait(validate(event, account));
    }

    /** The verdict for one dry run (no Axon: tests call it directly). */
    public RecordFeedValidationCommand validate(FeedBuiltEvent event, SpApiAccount account) {
        List<String> feedErrors = new ArrayList<>();
        List<ReportIssue> issues = new ArrayList<>();
        Optional<byte[]> payload = store.get(event.payload().digest());
        if (payload.isEmpty()) {
            feedErrors.add(
                    "The feed document " + event.payload().digest() + " is not stored; build the dry run again.");
            return new RecordFeedValidationCommand(event.feedId(), issues, feedErrors, clock.instant());
        }
        JsonNode document;
        try {
            document = mapper.readTree(payload.get());
        } catch (IOException e) {
            feedErrors.add("The stored feed document is not JSON: " + e.getMessage());
            return new RecordFeedValidationCommand(event.feedId(), issues, feedErrors, clock.instant());
        }
        feedErrors.addAll(FeedSchemaRules.check(document));
        for (JsonNode message : document.path("messages")) {
            if (message.isObject()) {
                issues.addAll(message(account, event.marketplaceId(), message));
            }
        }
        log.info(
                "Dry run {}: {} message(s), {} issue(s), {} feed error(s)",
                event.feedId(),
                document.path("messages").size(),
                issues.size(),
                feedErrors.size());
        return new RecordFeedValidationCommand(event.feedId(), issues, feedErrors, clock.instant());
    }

    private List<ReportIssue> message(SpApiAccount account, MarketplaceId marketplace, JsonNode message) {
        Integer messageId = message.path("messageId").canConvertToInt()
                ? message.path("messageId").asInt()
                : null;
        String sku = message.path("sku").asText(null);
        String productType = message.path("productType").asText(null);
        boolean update = "UPDATE".equals(message.path("operationType").asText());
        List<ReportIssue> issues = new ArrayList<>();
        if (sku == null || productType == null) {
            return issues;
        }
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        if (update) {
            Iterator<Map.Entry<String, JsonNode>> fields =
                    message.path("attributes").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                attributes.put(field.getKey(), field.getValue());
            }
        } else {
            for (JsonNode patch : message.path("patches")) {
                Matcher m = ATTRIBUTE_PATH.matcher(patch.path("path").asText(""));
                if (m.matches() && patch.has("value")) {
                    attributes.put(m.group(1), patch.get("value"));
                }
            }
        }
        String requirements = update ? message.path("requirements").asText("LISTING") : "LISTING";
        try {
            ProductTypeDefinitions.Definition definition =
                    definitions.definition(account, productType, marketplace, requirements);
            ProductTypeDefinitions.check(definition, attributes, update)
                    .forEach(i -> issues.add(new ReportIssue(messageId, sku, i)));
        } catch (RuntimeException e) {
            issues.add(failed(messageId, sku, "The definition of product type " + productType, e));
        }
        try {
            ListingsApi listings = clients.client(ListingsApi.class, account);
            ListingsItemSubmissionResponse response;
            if (update) {
                ListingsItemPutRequest body = new ListingsItemPutRequest()
                        .productType(productType)
                        .requirements(ListingsItemPutRequest.RequirementsEnum.fromValue(requirements))
                        .attributes(mapper.convertValue(
                                message.path("attributes"),
                                mapper.getTypeFactory().constructMapType(Map.class, String.class, Object.class)));
                response = listings.putListingsItem(
                        account.sellingPartnerId(),
                        sku,
                        List.of(marketplace.value()),
                        List.of("issues"),
                        PREVIEW,
                        body);
            } else {
                ListingsItemPatchRequest body = mapper.convertValue(
                        mapper.createObjectNode()
                                .put("productType", productType)
                                .set("patches", message.get("patches")),
                        ListingsItemPatchRequest.class);
                response = listings.patchListingsItem(
                        account.sellingPartnerId(),
                        sku,
                        List.of(marketplace.value()),
                        List.of("issues"),
                        PREVIEW,
                        body);
            }
            if (response.getIssues() != null) {
                for (Issue issue : response.getIssues()) {
                    issues.add(new ReportIssue(messageId, sku, amazon(issue)));
                }
            }
            if (response.getStatus() == ListingsItemSubmissionResponse.StatusEnum.INVALID
                    && issues.stream().noneMatch(i -> "ERROR".equals(i.issue().severity()))) {
                issues.add(new ReportIssue(
                        messageId,
                        sku,
                        new FeedIssue(
                                "INVALID", "ERROR", "Amazon's validation preview found the message invalid.", null)));
            }
        } catch (RuntimeException e) {
            issues.add(failed(messageId, sku, "Amazon's validation preview", e));
        }
        return issues;
    }

    static FeedIssue amazon(Issue issue) {
        List<String> names = issue.getAttributeNames() == null ? List.of() : issue.getAttributeNames();
        return new FeedIssue(
                issue.getCode(),
                issue.getSeverity() == null ? "ERROR" : issue.getSeverity().getValue(),
                issue.getMessage(),
                names.isEmpty() ? null : String.join(", ", names));
    }

    private static ReportIssue failed(Integer messageId, String sku, String what, RuntimeException e) {
        log.warn("Dry run check failed for SKU {}: {}", sku, e.toString());
        return new ReportIssue(
                messageId,
                sku,
                new FeedIssue(
                        CALL_FAILED,
                        "ERROR",
                        what + " could not be checked: " + e.getMessage() + ". Run the dry run again later.",
                        null));
    }
}
