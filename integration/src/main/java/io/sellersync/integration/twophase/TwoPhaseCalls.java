// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.twophase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellersync.integration.feed.FeedDocumentStore;
import io.sellersync.integration.feed.FeedSchemaRules;
import io.sellersync.integration.feed.ListingsFeedWriter;
import io.sellersync.integration.feed.LiveOfferReader;
import io.sellersync.integration.feed.Words;
import io.sellersync.integration.listings.LiveListings;
import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiAccounts;
import io.sellersync.integration.spapi.SpApiClients;
import io.sellersync.integration.spapi.SpApiException;
import io.sellersync.integration.spapi.api.ListingsApi;
import io.sellersync.integration.spapi.generated.listings.Issue;
import io.sellersync.integration.spapi.generated.listings.ListingsItemPatchRequest;
import io.sellersync.integration.spapi.generated.listings.ListingsItemSubmissionResponse;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.BuildFeedCommand;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.FeedOperation;
import io.sellersync.messages.feed.FeedPayloadRef;
import io.sellersync.messages.feed.ObservedOffer;
import io.sellersync.messages.twophase.QuantityPhaseStartedEvent;
import io.sellersync.messages.twophase.RecordQuantityPhaseDeferredCommand;
import io.sellersync.messages.twophase.RecordRescueReadBackCommand;
import io.sellersync.messages.twophase.RecordSkuRescueStepCommand;
import io.sellersync.messages.twophase.RescueReadBackRequestedEvent;
import io.sellersync.messages.twophase.RescueStep;
import io.sellersync.messages.twophase.SkuOffer;
import io.sellersync.messages.twophase.SkuRescueRequestedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Amazon side of a two-phase run, each reacting to the run's recorded intent and reporting back by command: the
 * quantity feed (a fresh live read, quantity = live + units added, no price, stored and built under the id the run
 * chose, so a redelivery builds nothing twice), the rescue patches ({@code patchListingsItem} with absolute values, so
 * a repeat is harmless) and the read-back of rescued SKUs (20 a call). An answer Amazon gave always becomes a command;
 * only a failure a retry can fix (throttling, 5xx, no answer) throws, and the processor handles the event again.
 */
@Component
@ProcessingGroup(TwoPhaseCalls.GROUP)
public class TwoPhaseCalls {

    public static final String GROUP = "twophase-calls";

    private static final Logger log = LoggerFactory.getLogger(TwoPhaseCalls.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SpApiAccounts accounts;
    private final SpApiClients clients;
    private final LiveListings live;
    private final FeedDocumentStore documents;
    private final CommandGateway commands;
    private final Clock clock;

    TwoPhaseCalls(
            SpApiAccounts accounts,
            SpApiClients clients,
            LiveListings live,
            FeedDocumentStore documents,
            CommandGateway commands,
            Clock clock) {
        this.accounts = accounts;
        this.clients = clients;
        this.live = live;
        this.documents = documents;
        this.commands = commands;
        this.clock = clock;
    }

    /** Builds the quantity feed from a fresh live read; a failure defers the phase (the run retries it). */
    @EventHandler
    void on(QuantityPhaseStartedEvent event) {
        try {
            SpApiAccount account = account(event.accountId());
            Map<String, ObservedOffer> now = LiveOfferReader.read(
                            live,
                            account,
                            event.marketplaceId(),
                            event.messages().stream().map(FeedMessage::sku).toList())
                    .bySku();
            List<FeedMessage> messages = event.messages().stream()
                    .map(m -> quantityOnly(m, now.get(m.sku())))
                    .toList();
            byte[] document = ListingsFeedWriter.write(account.sellingPartnerId(), event.marketplaceId(), messages);
            List<String> violations = FeedSchemaRules.check(document);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("The quantity feed breaks Amazon's feed schema: " + violations);
            }
            FeedPayloadRef payload =
                    new FeedPayloadRef(documents.put(FeedDocumentStore.PAYLOAD, document), document.length);
            commands.sendAndWait(new BuildFeedCommand(
                    event.quantityFeedId(),
                    event.accountId(),
                    event.marketplaceId(),
                    FeedKind.SUBMISSION,
                    messages,
                    payload,
                    clock.instant(),
                    event.runId(),
                    null));
            log.info(
                    "Run {}: quantity feed {} built with {} SKU(s)",
                    event.runId(),
                    event.quantityFeedId(),
                    messages.size());
        } catch (RuntimeException e) {
            log.warn("Run {}: quantity feed attempt {} not built: {}", event.runId(), event.attempt(), Words.of(e));
            commands.sendAndWait(new RecordQuantityPhaseDeferredCommand(
                    event.runId(), event.attempt(), Words.of(e), clock.instant()));
        }
    }

    /** The quantity message of a SKU whose price is live: absolute quantity = what Amazon shows now + units added. */
    static FeedMessage quantityOnly(FeedMessage planned, ObservedOffer now) {
        Integer liveQuantity = now == null ? null : now.quantity();
        int base = liveQuantity == null ? 0 : liveQuantity;
        return new FeedMessage(
                planned.messageId(),
                planned.sku(),
                FeedOperation.PATCH,
                planned.productType(),
                planned.asin(),
                planned.condition(),
                null,
                base + planned.unitsAdded(),
                now == null ? null : now.price(),
                liveQuantity,
                planned.unitsAdded(),
                planned.entries());
    }

    /** One rescue patch; Amazon's verdict is recorded, a call that may succeed on retry throws. */
    @EventHandler
    void on(SkuRescueRequestedEvent event) {
        String refusal;
        try {
            SpApiAccount account = account(event.accountId());
            ListingsItemPatchRequest body = patch(account.sellingPartnerId(), event);
            ListingsItemSubmissionResponse response = clients.client(ListingsApi.class, account)
                    .patchListingsItem(
                            account.sellingPartnerId(),
                            event.sku(),
                            List.of(event.marketplaceId().value()),
                            List.of("issues"),
                            null,
                            body);
            refusal = response.getStatus() == ListingsItemSubmissionResponse.StatusEnum.ACCEPTED
                    ? null
                    : "Amazon found the patch " + response.getStatus() + issues(response.getIssues());
        } catch (SpApiException e) {
            if (e.transientFailure()) {
                throw e;
            }
            accounts.reportIfUnauthorized(event.accountId(), e);
            refusal = Words.of(e);
        }
        log.info(
                "Run {}: rescue {} of {} (attempt {}) {}",
                event.runId(),
                event.step(),
                event.sku(),
                event.attempt(),
                refusal == null ? "accepted" : "refused: " + refusal);
        commands.sendAndWait(new RecordSkuRescueStepCommand(
                event.runId(), event.sku(), event.step(), event.attempt(), refusal == null, refusal, clock.instant()));
    }

    /** The patch body: the same attribute shapes as the feed (purchasable_offer, list_price, fulfillment_availability). */
    static ListingsItemPatchRequest patch(String sellerId, SkuRescueRequestedEvent event) {
        FeedMessage message = new FeedMessage(
                1,
                event.sku(),
                FeedOperation.PATCH,
                event.productType(),
                null,
                null,
                event.step() == RescueStep.ZERO_AND_PRICE ? event.price() : null,
                event.quantity(),
                null,
                null,
                0,
                List.of());
        byte[] document = ListingsFeedWriter.write(sellerId, event.marketplaceId(), List.of(message));
        try {
            JsonNode patches = JSON.readTree(document).path("messages").path(0).path("patches");
            return JSON.convertValue(
                    JSON.createObjectNode()
                            .put("productType", event.productType())
                            .set("patches", patches),
                    ListingsItemPatchRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A read-back round of rescued SKUs; a batch Amazon did not answer is left for the next round. */
    @EventHandler
    void on(RescueReadBackRequestedEvent event) {
        SpApiAccount account;
        try {
            account = account(event.accountId());
        } catch (RuntimeException e) {
            log.warn("Run {}: rescue read-back round {} skipped: {}", event.runId(), event.round(), Words.of(e));
            return;
        }
        List<ObservedOffer> observed = live.observe(
                account,
                event.marketplaceId(),
                event.expected().stream().map(SkuOffer::sku).toList(),
                (batch, e) -> log.warn(
                        "Run {}: rescue read-back left out {} SKU(s): {}", event.runId(), batch.size(), Words.of(e)));
        commands.sendAndWait(new RecordRescueReadBackCommand(event.runId(), event.round(), observed, clock.instant()));
    }

    private SpApiAccount account(AccountId id) {
        return accounts.forAccount(accounts.view(id));
    }

    private static String issues(List<Issue> issues) {
        if (issues == null || issues.isEmpty()) {
            return "";
        }
        return ": " + issues.stream().map(Issue::getMessage).collect(Collectors.joining("; "));
    }
}
