// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.integration.listings.LiveListings;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.ExpectedOffer;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedVerificationRequestedEvent;
import io.sellersync.messages.feed.ObservedOffer;
import io.sellersync.messages.feed.RecordFeedVerificationCommand;
import io.sellersync.messages.shared.MarketplaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Read-back rounds against the emulator: pending SKUs are read 20 per call, what Amazon shows is recorded with the
 * exact price and quantity, SKUs Amazon does not return are recorded as not found, and a batch that fails is left out.
 */
class VerificationTest {

    private static final AccountId ACCOUNT = new AccountId("acc-1");
    private static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");

    private static FeedCallsTestBed bed;

    @BeforeAll
    static void start() throws Exception {
        bed = new FeedCallsTestBed();
    }

    @AfterAll
    static void stop() throws Exception {
        bed.close();
    }

    @BeforeEach
    void reset() {
        bed.reset();
    }

    @AfterEach
    void followsAmazonsModels() {
        assertThat(bed.violations()).isEmpty();
    }

    @Test
    void recordsWhatAmazonShowsTwentySkusPerCallAndNotFoundForTheRest() {
        List<JsonNode> listings = bed.listings(UK.value()).subList(0, 25);
        FeedId feedId = FeedId.random();

        verifier().on(round(feedId, 2, listings, "NO-SUCH-SKU-1"));

        var recorded = bed.sent(RecordFeedVerificationCommand.class);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).feedId()).isEqualTo(feedId);
        assertThat(recorded.get(0).round()).isEqualTo(2);
        Map<String, ObservedOffer> observed =
                recorded.get(0).observed().stream().collect(Collectors.toMap(ObservedOffer::sku, Function.identity()));
        assertThat(observed).hasSize(26);
        for (JsonNode listing : listings) {
            ObservedOffer offer = observed.get(listing.get("sku").asText());
            assertThat(offer.found()).isTrue();
            assertThat(offer.price().amount())
                    .isEqualByComparingTo(
                            listing.at("/offers/" + UK.value() + "/price").decimalValue());
            assertThat(offer.price().currency().getCurrencyCode())
                    .isEqualTo(listing.at("/offers/" + UK.value() + "/currency").asText());
            assertThat(offer.quantity()).isEqualTo(listing.get("quantity").asInt());
            assertThat(offer.merchantFulfilled())
                    .as("merchant-fulfilled %s", listing.get("sku").asText())
                    .isEqualTo("DEFAULT".equals(channel(listing)));
        }
        // Every fourth generated listing is FBA (docs/emulator.md): some of these 25 are Amazon's.
        assertThat(observed.values()).anyMatch(o -> o.found() && !o.merchantFulfilled());
        assertThat(observed.get("NO-SUCH-SKU-1").found()).isFalse();
        assertThat(observed.get("NO-SUCH-SKU-1").price()).isNull();
        assertThat(bed.calls("searchListingsItems")).hasSize(2);
    }

    @Test
    void aFailedBatchIsLeftOutForTheNextRound() {
        List<JsonNode> listings = bed.listings(UK.value()).subList(0, 3);
        bed.control("PUT", "/faults", "{\"operations\":{\"searchListingsItems\":{\"internalError\":1.0}}}");

        verifier().on(round(FeedId.random(), 1, listings, null));

        var recorded = bed.sent(RecordFeedVerificationCommand.class);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).observed()).isEmpty();
    }

    /** The listing's fulfilment channel as the emulator's health view names it ({@code DEFAULT} or Amazon's). */
    private static String channel(JsonNode listing) {
        return bed.control(
                        "GET",
                        "/listings/" + bed.demoAccount().sellingPartnerId() + "/"
                                + listing.get("sku").asText() + "/health",
                        null)
                .path("fulfillmentChannel")
                .asText();
    }

    private FeedVerifier verifier() {
        return new FeedVerifier(bed.accounts(), new LiveListings(bed.clients), bed.commands, bed.clock);
    }

    private FeedVerificationRequestedEvent round(FeedId feedId, int round, List<JsonNode> listings, String unknown) {
        List<ExpectedOffer> pending = new ArrayList<>();
        for (int i = 0; i < listings.size(); i++) {
            pending.add(new ExpectedOffer(i + 1, listings.get(i).get("sku").asText(), null, 5));
        }
        if (unknown != null) {
            pending.add(new ExpectedOffer(listings.size() + 1, unknown, null, 1));
        }
        Instant now = bed.clock.instant();
        return new FeedVerificationRequestedEvent(
                feedId, ACCOUNT, UK, round, pending, now.plusSeconds(3600), now.plusSeconds(7200), now);
    }
}
