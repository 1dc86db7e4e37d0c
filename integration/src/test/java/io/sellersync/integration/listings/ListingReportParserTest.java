// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellersync.messages.inventory.ItemCondition;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merchant listings report read by its header, whatever the column order, with Amazon's condition codes. */
class ListingReportParserTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void readsColumnsByNameInAnyOrderWithConditionCodesAndDecimalCommas() {
        String report = "\uFEFFstatus\tquantity\tasin1\titem-condition\tseller-sku\tprice\textra\n"
                + "Active\t3\tb0abcdefgh\t2\tSKU-1\t12,50\tx\n"
                + "\n"
                + "Inactive\t\tB0ZZZZZZZZ\t11\tSKU-2\t\t\n"
                + "Active\t1\tB0YYYYYYYY\tused_good\tSKU-3\t7.1.1\n"
                + "Active\t1\tB0XXXXXXXX\t10\t\t9.99\n";

        List<CachedListing> rows = parse(report);

        assertThat(rows).hasSize(3);
        CachedListing first = rows.get(0);
        assertThat(first.sellerSku()).isEqualTo("SKU-1");
        assertThat(first.asin()).isEqualTo("B0ABCDEFGH");
        assertThat(first.condition()).isEqualTo(ItemCondition.USED_VERY_GOOD);
        assertThat(first.price().amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(first.price().currency()).isEqualTo(EUR);
        assertThat(first.quantity()).isEqualTo(3);
        assertThat(first.active()).isTrue();
        assertThat(rows.get(1).condition()).isEqualTo(ItemCondition.NEW_NEW);
        assertThat(rows.get(1).price()).isNull();
        assertThat(rows.get(1).quantity()).isNull();
        assertThat(rows.get(2).condition()).isEqualTo(ItemCondition.USED_GOOD);
        assertThat(rows.get(2).price()).as("12.5.1 is not a price").isNull();
    }

    @Test
    void mapsEveryFlatFileConditionCode() {
        assertThat(Conditions.fromReport("1")).contains(ItemCondition.USED_LIKE_NEW);
        assertThat(Conditions.fromReport("4")).contains(ItemCondition.USED_ACCEPTABLE);
        assertThat(Conditions.fromReport("5")).contains(ItemCondition.COLLECTIBLE_LIKE_NEW);
        assertThat(Conditions.fromReport("8")).contains(ItemCondition.COLLECTIBLE_ACCEPTABLE);
        assertThat(Conditions.fromReport("10")).contains(ItemCondition.REFURBISHED_REFURBISHED);
        assertThat(Conditions.fromReport("11")).contains(ItemCondition.NEW_NEW);
        assertThat(Conditions.fromReport("99")).isEmpty();
    }

    @Test
    void aReportWithoutASkuColumnIsRefused() {
        assertThatThrownBy(() -> parse("asin1\tprice\nB0ABCDEFGH\t1.00\n")).hasMessageContaining("seller-sku");
    }

    @Test
    void generatedSkusFollowThePatternAndAmazonsLengthLimit() {
        SkuPattern pattern = new SkuPattern("{ASIN}-{COND}-{RAND4}");
        assertThat(pattern.generate("B0ABCDEFGH", ItemCondition.USED_ACCEPTABLE))
                .matches("B0ABCDEFGH-UA-[A-Z0-9]{4}");
        assertThatThrownBy(() -> new SkuPattern("SELLERSYNC-INVENTORY-{ASIN}-{COND}-{RAND4}"))
                .hasMessageContaining("at most 40");
        assertThatThrownBy(() -> new SkuPattern("{ASIN}-{COND}")).hasMessageContaining("{RAND4}");
    }

    private static List<CachedListing> parse(String report) {
        return ListingReportParser.parse(new ByteArrayInputStream(report.getBytes(StandardCharsets.UTF_8)), EUR);
    }
}
