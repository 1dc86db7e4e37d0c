// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.listings.PriceDriftView;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The drift check against the emulator: listed items whose local price differs from Amazon's live price are stored
 * as differences, equal prices and items in another currency are not, and live prices are read 20 SKUs per call.
 */
class PriceDriftCheckTest {

    private static final AccountId ACCOUNT = new AccountId("acc-1");

    private static ListingsTestBed bed;

    private ListingCache cache;
    private PriceDriftCheck check;
    private SpApiAccount account;
    private MarketplaceId marketplace;
    private List<JsonNode> priced;

    @BeforeAll
    static void start() throws Exception {
        bed = new ListingsTestBed();
    }

    @AfterAll
    static void stop() throws Exception {
        bed.close();
    }

    @BeforeEach
    void setUp() {
        bed.reset();
        cache = new ListingCache(bed.jdbc, bed.transactions);
        check = new PriceDriftCheck(
                null, cache, new LiveListings(bed.clients), bed.jdbc, bed.transactions, Clock.systemUTC());
        account = bed.demoAccount();
        marketplace = new MarketplaceId(bed.control("GET", "/listings", null)
                .get(0)
                .get("offers")
                .fieldNames()
                .next());
        priced = new ArrayList<>();
        bed.control("GET", "/listings", null).forEach(l -> {
            JsonNode offer = l.get("offers").get(marketplace.value());
            if (offer != null && offer.hasNonNull("price")) {
                priced.add(l);
            }
        });
        List<CachedListing> rows = priced.stream()
                .map(l -> new CachedListing(
                        l.get("sku").asText(), l.get("asin").asText(), condition(l), null, null, "Active"))
                .toList();
        cache.replace(ACCOUNT, marketplace, rows, Instant.now());
    }

    @AfterEach
    void noContractViolations() {
        assertThat(bed.violations()).as("exchanges against Amazon's models").isEmpty();
    }

    @Test
    void storesTheListedItemsWhosePriceDiffersFromAmazons() {
        assertThat(priced).hasSizeGreaterThan(21);
        List<InventoryItemView> listed = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            JsonNode l = priced.get(i);
            Money live = live(l);
            Money local = i == 0 ? new Money(live.amount().add(new BigDecimal("1.00")), live.currency()) : live;
            listed.add(item("item-" + i, l.get("asin").asText(), condition(l), local));
        }
        Currency other = priced.get(0)
                        .get("offers")
                        .get(marketplace.value())
                        .get("currency")
                        .asText()
                        .equals("EUR")
                ? Currency.getInstance("GBP")
                : Currency.getInstance("EUR");
        listed.add(item(
                "other-currency",
                priced.get(1).get("asin").asText(),
                condition(priced.get(1)),
                new Money(new BigDecimal("1.00"), other)));

        List<PriceDriftView> drifts = check.run(ACCOUNT, List.of(marketplace), account, listed, failure -> {});

        assertThat(drifts).hasSize(1);
        PriceDriftView drift = check.drifts(ACCOUNT).get(0);
        assertThat(drift.itemId()).isEqualTo(new InventoryItemId("item-0"));
        assertThat(drift.sellerSku()).isEqualTo(priced.get(0).get("sku").asText());
        assertThat(drift.livePrice()).matches(p -> p.sameAmount(live(priced.get(0))));
        assertThat(drift.localPrice().amount().subtract(drift.livePrice().amount()))
                .isEqualByComparingTo("1.00");
        var status = check.checks(ACCOUNT).get(0);
        assertThat(status.state()).isEqualTo("DONE");
        assertThat(status.compared()).isEqualTo(22);
        assertThat(bed.calls("searchListingsItems")).hasSize(2);
    }

    @Test
    void aFailedCheckKeepsThePreviousDifferencesAndSaysWhy() {
        JsonNode l = priced.get(0);
        Money live = live(l);
        List<InventoryItemView> listed = List.of(item(
                "item-0",
                l.get("asin").asText(),
                condition(l),
                new Money(live.amount().add(BigDecimal.ONE), live.currency())));
        check.run(ACCOUNT, List.of(marketplace), account, listed, failure -> {});
        bed.control("PUT", "/faults", "{\"operations\":{\"searchListingsItems\":{\"internalError\":1.0}}}");

        check.run(ACCOUNT, List.of(marketplace), account, listed, failure -> {});

        assertThat(check.drifts(ACCOUNT)).hasSize(1);
        var status = check.checks(ACCOUNT).get(0);
        assertThat(status.state()).isEqualTo("FAILED");
        assertThat(status.lastError()).contains("server error");
    }

    private Money live(JsonNode listing) {
        JsonNode offer = listing.get("offers").get(marketplace.value());
        return new Money(
                new BigDecimal(offer.get("price").asText()),
                Currency.getInstance(offer.get("currency").asText()));
    }

    private static InventoryItemView item(String id, String asin, ItemCondition condition, Money price) {
        return new InventoryItemView(
                new InventoryItemId(id),
                "LOCAL-" + id,
                asin,
                "title",
                condition,
                price,
                1,
                null,
                InventoryStatus.LISTED,
                null,
                Instant.now(),
                Instant.now());
    }

    private static ItemCondition condition(JsonNode listing) {
        return ItemCondition.parse(listing.get("conditionType").asText()).orElseThrow();
    }
}
