// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The listing report import against the emulator: request, poll while Amazon works, download and replace the
 * snapshot; a run that keeps failing ends with the error in words and leaves the previous snapshot in place.
 */
class ListingReportImportTest {

    private static final AccountId ACCOUNT = new AccountId("acc-1");

    private static ListingsTestBed bed;

    private ListingCache cache;
    private ListingReportImport importer;
    private SpApiAccount account;
    private MarketplaceId marketplace;

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
        importer = new ListingReportImport(
                bed.clients, bed.documents, cache, ListingsProperties.defaults(), Clock.systemUTC());
        account = bed.demoAccount();
        marketplace = new MarketplaceId(bed.control("GET", "/listings", null)
                .get(0)
                .get("offers")
                .fieldNames()
                .next());
    }

    @AfterEach
    void noContractViolations() {
        assertThat(bed.violations()).as("exchanges against Amazon's models").isEmpty();
    }

    @Test
    void theReportReplacesTheSnapshotWithEveryListingOfTheMarketplace() {
        cache.replace(
                ACCOUNT,
                marketplace,
                List.of(new CachedListing("OLD-SKU", "B000000000", ItemCondition.NEW_NEW, null, 1, "Active")),
                Instant.now());
        importer.queued(ACCOUNT, marketplace);

        int steps = runToTheEnd(new ImportJob(ACCOUNT.value(), marketplace.value(), null, Instant.now(), 0));

        assertThat(steps).isGreaterThan(2);
        List<JsonNode> expected = new ArrayList<>();
        bed.control("GET", "/listings", null).forEach(l -> {
            if (l.get("offers").has(marketplace.value())) {
                expected.add(l);
            }
        });
        assertThat(cache.count(ACCOUNT, marketplace)).isEqualTo(expected.size());
        assertThat(cache.contains(ACCOUNT, marketplace, "OLD-SKU")).isFalse();
        JsonNode first = expected.stream()
                .filter(l -> l.get("offers").get(marketplace.value()).hasNonNull("price"))
                .findFirst()
                .orElseThrow();
        ItemCondition condition =
                ItemCondition.parse(first.get("conditionType").asText()).orElseThrow();
        CachedListing row = cache.find(ACCOUNT, marketplace, first.get("asin").asText(), condition)
                .orElseThrow();
        assertThat(row.asin()).isEqualTo(first.get("asin").asText());
        JsonNode offer = first.get("offers").get(marketplace.value());
        assertThat(row.price())
                .matches(p -> p.sameAmount(Money.of(
                        offer.get("price").asText(), offer.get("currency").asText())));
        var status = cache.statuses().get(0);
        assertThat(status.state()).isEqualTo("DONE");
        assertThat(status.skus()).isEqualTo(expected.size());
        assertThat(status.lastError()).isNull();
        assertThat(bed.calls("createReport")).hasSize(1);
        assertThat(bed.calls("getReportDocument")).hasSize(1);
    }

    @Test
    void anImportThatKeepsFailingEndsWithTheErrorAndKeepsThePreviousSnapshot() {
        cache.replace(
                ACCOUNT,
                marketplace,
                List.of(new CachedListing("KEPT-SKU", "B000000000", ItemCondition.NEW_NEW, null, 1, "Active")),
                Instant.now());
        bed.control("PUT", "/faults", "{\"operations\":{\"createReport\":{\"internalError\":1.0}}}");

        int steps = runToTheEnd(new ImportJob(ACCOUNT.value(), marketplace.value(), null, Instant.now(), 0));

        assertThat(steps).isEqualTo(5);
        assertThat(cache.contains(ACCOUNT, marketplace, "KEPT-SKU")).isTrue();
        var status = cache.statuses().get(0);
        assertThat(status.state()).isEqualTo("FAILED");
        assertThat(status.lastError()).contains("server error");
    }

    /** Runs the steps as the scheduler would, moving Amazon's clock by the poll interval between them. */
    private int runToTheEnd(ImportJob job) {
        int steps = 0;
        ListingReportImport.Next next = new ListingReportImport.Next(job, java.time.Duration.ZERO);
        while (!next.finished()) {
            assertThat(steps).as("steps").isLessThan(20);
            bed.advance(next.delay().toSeconds());
            next = importer.step(next.job(), account, failure -> {});
            steps++;
        }
        return steps;
    }
}
