// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import static io.sellersync.integration.feed.FeedFixtures.DE;
import static io.sellersync.integration.feed.FeedFixtures.UK;
import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingsFeedWriterTest {

    @Test
    void pricePatchInTheUkCarriesTheListPriceAndNoAudienceOrRequirements() {
        byte[] bytes = ListingsFeedWriter.write(
                "A2SELLER", UK, List.of(FeedFixtures.patch(1, "SKU-1", Money.of("12.50", "GBP"), 7)));

        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("{\"header\":{\"sellerId\":\"A2SELLER\",\"version\":\"2.0\",\"issueLocale\":\"en_GB\"},"
                        + "\"messages\":[{\"messageId\":1,\"sku\":\"SKU-1\",\"operationType\":\"PATCH\","
                        + "\"productType\":\"LUGGAGE\",\"patches\":["
                        + "{\"op\":\"replace\",\"path\":\"/attributes/purchasable_offer\",\"value\":[{"
                        + "\"marketplace_id\":\"A1F83G8C2ARO7P\",\"currency\":\"GBP\","
                        + "\"our_price\":[{\"schedule\":[{\"value_with_tax\":12.50}]}]}]},"
                        + "{\"op\":\"replace\",\"path\":\"/attributes/list_price\",\"value\":[{"
                        + "\"marketplace_id\":\"A1F83G8C2ARO7P\",\"currency\":\"GBP\",\"value\":12.50}]},"
                        + "{\"op\":\"replace\",\"path\":\"/attributes/fulfillment_availability\",\"value\":[{"
                        + "\"fulfillment_channel_code\":\"DEFAULT\",\"quantity\":7}]}]}]}");
    }

    @Test
    void quantityOnlyPatchSendsNoPrice() {
        String json = new String(
                ListingsFeedWriter.write("S", DE, List.of(FeedFixtures.patch(3, "Q", null, 4))),
                StandardCharsets.UTF_8);

        assertThat(json).contains("\"issueLocale\":\"de_DE\"").doesNotContain("purchasable_offer", "list_price");
        assertThat(json).contains("\"quantity\":4");
    }

    @Test
    void repriceInGermanySendsNoListPriceAndNoQuantity() {
        String json = new String(
                ListingsFeedWriter.write("S", DE, List.of(FeedFixtures.patch(1, "P", Money.of("19.99", "EUR"), null))),
                StandardCharsets.UTF_8);

        assertThat(json)
                .contains("\"currency\":\"EUR\"", "\"value_with_tax\":19.99")
                .doesNotContain("list_price", "fulfillment_availability", "audience", "requirements");
    }

    @Test
    void newSkuIsAnOfferOnlyUpdateWithAsinAndCondition() {
        String json = new String(
                ListingsFeedWriter.write(
                        "S",
                        UK,
                        List.of(FeedFixtures.update(
                                2, "NEW-1", "B0ASIN0001", ItemCondition.USED_GOOD, Money.of("5", "GBP"), 3))),
                StandardCharsets.UTF_8);

        assertThat(json)
                .contains("{\"messageId\":2,\"sku\":\"NEW-1\",\"operationType\":\"UPDATE\",\"productType\":\"LUGGAGE\","
                        + "\"requirements\":\"LISTING_OFFER_ONLY\",\"attributes\":{"
                        + "\"merchant_suggested_asin\":[{\"value\":\"B0ASIN0001\",\"marketplace_id\":\"A1F83G8C2ARO7P\"}],"
                        + "\"condition_type\":[{\"value\":\"used_good\",\"marketplace_id\":\"A1F83G8C2ARO7P\"}],"
                        + "\"purchasable_offer\":[{\"marketplace_id\":\"A1F83G8C2ARO7P\",\"currency\":\"GBP\","
                        + "\"our_price\":[{\"schedule\":[{\"value_with_tax\":5}]}]}],"
                        + "\"list_price\":[{\"marketplace_id\":\"A1F83G8C2ARO7P\",\"currency\":\"GBP\",\"value\":5}],"
                        + "\"fulfillment_availability\":[{\"fulfillment_channel_code\":\"DEFAULT\",\"quantity\":3}]}}");
        assertThat(json).doesNotContain("patches");
    }

    @Test
    void amountsAreExactDecimalsNeverDoubles() {
        Money odd = new Money(new BigDecimal("1E+3"), Currency.getInstance("EUR"));
        Money precise = new Money(new BigDecimal("0.10000000000000000555"), Currency.getInstance("EUR"));
        String json = new String(
                ListingsFeedWriter.write(
                        "S",
                        DE,
                        List.of(FeedFixtures.patch(1, "A", odd, null), FeedFixtures.patch(2, "B", precise, null))),
                StandardCharsets.UTF_8);

        assertThat(json).contains("\"value_with_tax\":1000}", "\"value_with_tax\":0.10000000000000000555}");
        assertThat(FeedFixtures.tree(json.getBytes(StandardCharsets.UTF_8))
                        .at("/messages/1/patches/0/value/0/our_price/0/schedule/0/value_with_tax")
                        .isNumber())
                .isTrue();
    }

    @Test
    void sameMessagesGiveTheSameBytes() {
        var messages = FeedFixtures.entries(50, DE, "EUR").stream()
                .map(e -> FeedFixtures.patch(
                        Integer.parseInt(e.sellerSku().substring(4)) + 1, e.sellerSku(), e.price(), e.quantity()))
                .toList();

        assertThat(ListingsFeedWriter.write("S", DE, messages)).isEqualTo(ListingsFeedWriter.write("S", DE, messages));
    }

    @Test
    void unknownMarketplaceLeavesTheLocaleToAmazon() {
        String json = new String(
                ListingsFeedWriter.write(
                        "S", new MarketplaceId("AXXXXXXXX"), List.of(FeedFixtures.patch(1, "A", null, 1))),
                StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\"header\":{\"sellerId\":\"S\",\"version\":\"2.0\"},");
    }
}
