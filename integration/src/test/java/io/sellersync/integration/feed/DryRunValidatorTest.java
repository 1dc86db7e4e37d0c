// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import static io.sellersync.integration.feed.FeedFixtures.DE;
import static io.sellersync.integration.feed.FeedFixtures.UK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.FeedBuiltEvent;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.FeedOperation;
import io.sellersync.messages.feed.FeedPayloadRef;
import io.sellersync.messages.feed.RecordFeedValidationCommand;
import io.sellersync.messages.feed.ReportIssue;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dry run against the emulator: schema rules, product type definitions and Amazon's validation preview. */
class DryRunValidatorTest {

    private static FeedTestBed bed;
    private DryRunValidator validator;
    private SpApiAccount account;

    @BeforeAll
    static void start() throws Exception {
        bed = new FeedTestBed();
    }

    @AfterAll
    static void stop() throws Exception {
        bed.close();
    }

    @BeforeEach
    void reset() {
        bed.reset();
        validator = new DryRunValidator(
                bed.store,
                null,
                bed.clients,
                new ProductTypeDefinitions(bed.clients, bed.documents),
                null,
                Clock.systemUTC());
        account = bed.demoAccount();
    }

    private FeedBuiltEvent dryRun(MarketplaceId marketplace, List<FeedMessage> messages, byte[] document) {
        String digest = bed.store.put(FeedDocumentStore.PAYLOAD, document);
        return new FeedBuiltEvent(
                FeedId.random(),
                new AccountId("demo"),
                marketplace,
                FeedKind.DRY_RUN,
                messages,
                new FeedPayloadRef(digest, document.length),
                java.time.Instant.now());
    }

    private List<FeedMessage> goodMessages(MarketplaceId marketplace, String currency) {
        JsonNode existing =
                ListingsFeedEmulatorTest.merchantListing(bed, account.sellingPartnerId(), marketplace.value());
        JsonNode catalogue = ListingsFeedEmulatorTest.unlistedAsin(bed);
        return List.of(
                new FeedMessage(
                        1,
                        existing.get("sku").asText(),
                        FeedOperation.PATCH,
                        existing.get("productType").asText(),
                        existing.get("asin").asText(),
                        ItemCondition.NEW_NEW,
                        new Money(new BigDecimal("21.90"), Currency.getInstance(currency)),
                        4,
                        null,
                        1,
                        3,
                        List.of(new QueueItemId("i1@a@m"))),
                new FeedMessage(
                        2,
                        "DRY-NEW-1",
                        FeedOperation.UPDATE,
                        catalogue.get("productType").asText(),
                        catalogue.get("asin").asText(),
                        ItemCondition.USED_VERY_GOOD,
                        new Money(new BigDecimal("8.05"), Currency.getInstance(currency)),
                        2,
                        null,
                        null,
                        2,
                        List.of(new QueueItemId("i2@a@m"))));
    }

    @Test
    void aGoodFeedPassesWithoutIssuesAndEachMessageIsPreviewedWithItsOperation() {
        List<FeedMessage> messages = goodMessages(DE, "EUR");
        FeedBuiltEvent event = dryRun(DE, messages, ListingsFeedWriter.write(account.sellingPartnerId(), DE, messages));

        RecordFeedValidationCommand verdict = validator.validate(event, account);

        assertThat(verdict.feedId()).isEqualTo(event.feedId());
        assertThat(verdict.feedErrors()).isEmpty();
        assertThat(verdict.issues()).isEmpty();
        assertThat(bed.calls("patchListingsItem")).hasSize(1);
        assertThat(bed.calls("putListingsItem")).hasSize(1);
        assertThat(bed.calls("patchListingsItem").get(0).toString()).contains("VALIDATION_PREVIEW");
        assertThat(bed.violations()).isEmpty();
        // a dry run changes nothing on Amazon
        assertThat(bed.control("GET", "/listings/" + account.sellingPartnerId() + "/DRY-NEW-1", null)
                        .has("sku"))
                .isFalse();
    }

    @Test
    void aUkFeedWithListPriceIsValid() {
        List<FeedMessage> messages = goodMessages(UK, "GBP");
        FeedBuiltEvent event = dryRun(UK, messages, ListingsFeedWriter.write(account.sellingPartnerId(), UK, messages));

        RecordFeedValidationCommand verdict = validator.validate(event, account);

        assertThat(verdict.feedErrors()).isEmpty();
        assertThat(verdict.issues()).isEmpty();
    }

    @Test
    void aBadAttributeIsFoundAndNamed() throws Exception {
        List<FeedMessage> messages = goodMessages(DE, "EUR");
        ObjectNode document =
                (ObjectNode) FeedFixtures.tree(ListingsFeedWriter.write(account.sellingPartnerId(), DE, messages));
        ObjectNode attributes = (ObjectNode) document.get("messages").get(1).get("attributes");
        ((ObjectNode) attributes.get("condition_type").get(0)).put("value", "brand_new");
        attributes.putArray("colour_name").addObject().put("value", "red");
        ((ObjectNode) document.get("messages")
                        .get(0)
                        .get("patches")
                        .get(1)
                        .get("value")
                        .get(0))
                .put("quantity", -2);
        FeedBuiltEvent event = dryRun(DE, messages, FeedFixtures.JSON.writeValueAsBytes(document));

        RecordFeedValidationCommand verdict = validator.validate(event, account);

        assertThat(verdict.feedErrors()).isEmpty();
        List<ReportIssue> first =
                verdict.issues().stream().filter(i -> i.messageId() == 1).toList();
        List<ReportIssue> second =
                verdict.issues().stream().filter(i -> i.messageId() == 2).toList();
        assertThat(first).extracting(i -> i.issue().attributeName()).contains("fulfillment_availability.quantity");
        assertThat(second).extracting(i -> i.issue().attributeName()).contains("condition_type.value", "colour_name");
        assertThat(second)
                .filteredOn(i -> "colour_name".equals(i.issue().attributeName()))
                .first()
                .satisfies(i -> assertThat(i.issue().code()).isEqualTo(ProductTypeDefinitions.UNKNOWN));
        assertThat(second).allSatisfy(i -> assertThat(i.sku()).isEqualTo("DRY-NEW-1"));
        // Amazon's preview names it too
        assertThat(second)
                .filteredOn(i -> !i.issue().code().startsWith("DEFINITION"))
                .extracting(i -> i.issue().attributeName())
                .isNotEmpty();
    }

    @Test
    void feedLevelProblemsAreFeedErrors() throws Exception {
        List<FeedMessage> messages = goodMessages(DE, "EUR");
        ObjectNode document =
                (ObjectNode) FeedFixtures.tree(ListingsFeedWriter.write(account.sellingPartnerId(), DE, messages));
        ((ObjectNode) document.get("header")).put("version", "1.0");
        ((ObjectNode) document.get("messages").get(0)).put("requirements", "LISTING_OFFER_ONLY");

        RecordFeedValidationCommand verdict =
                validator.validate(dryRun(DE, messages, FeedFixtures.JSON.writeValueAsBytes(document)), account);

        assertThat(verdict.feedErrors())
                .contains(
                        "header.version: must be \"2.0\"",
                        "messages[0].requirements: is not allowed with operationType PATCH");
    }

    @Test
    void aFailingCallBecomesAnIssueOnItsMessageNeverALostDryRun() {
        List<FeedMessage> messages = goodMessages(DE, "EUR");
        FeedBuiltEvent event = dryRun(DE, messages, ListingsFeedWriter.write(account.sellingPartnerId(), DE, messages));
        bed.control(
                "PUT",
                "/faults",
                "{\"operations\":{\"putListingsItem\":{\"internalError\":1.0},"
                        + "\"getDefinitionsProductType\":{\"unavailable\":1.0}}}");

        RecordFeedValidationCommand verdict = validator.validate(event, account);

        assertThat(verdict.issues())
                .filteredOn(i -> i.messageId() == 2)
                .extracting(i -> i.issue().code())
                .containsOnly(DryRunValidator.CALL_FAILED)
                .hasSize(2);
        assertThat(verdict.issues())
                .filteredOn(i -> i.messageId() == 1)
                .extracting(i -> i.issue().code())
                .containsExactly(DryRunValidator.CALL_FAILED);
    }

    @Test
    void aFailedPreviewOfOneMessageDoesNotStopThePreviewsOfTheNextOnes() {
        List<FeedMessage> messages = goodMessages(DE, "EUR");
        FeedBuiltEvent event = dryRun(DE, messages, ListingsFeedWriter.write(account.sellingPartnerId(), DE, messages));
        // The first message's preview (a PATCH) fails; the second (an UPDATE, previewed with PUT) comes after it.
        bed.control("PUT", "/faults", "{\"operations\":{\"patchListingsItem\":{\"internalError\":1.0}}}");

        RecordFeedValidationCommand verdict = validator.validate(event, account);

        assertThat(verdict.issues())
                .filteredOn(i -> i.messageId() == 1)
                .extracting(i -> i.issue().code())
                .containsExactly(DryRunValidator.CALL_FAILED);
        assertThat(verdict.issues()).filteredOn(i -> i.messageId() == 2).isEmpty();
        assertThat(bed.calls("putListingsItem")).hasSize(1);
        assertThat(verdict.feedErrors()).isEmpty();
    }

    @Test
    void aMissingPayloadIsAFeedError() {
        FeedBuiltEvent event = new FeedBuiltEvent(
                FeedId.random(),
                new AccountId("demo"),
                DE,
                FeedKind.DRY_RUN,
                List.of(),
                new FeedPayloadRef("ab", 1),
                java.time.Instant.now());

        assertThat(validator.validate(event, account).feedErrors())
                .singleElement()
                .asString()
                .contains("not stored");
    }
}
