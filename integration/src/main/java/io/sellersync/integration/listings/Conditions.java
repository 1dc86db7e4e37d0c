// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import io.sellersync.messages.inventory.ItemCondition;
import java.util.Map;
import java.util.Optional;

/**
 * Condition codes that are not Amazon's {@code condition_type}: the short codes in generated SKUs, and the numeric
 * {@code item-condition} codes of flat-file listing reports (1–4 used, 5–8 collectible, 10 refurbished, 11 new).
 */
final class Conditions {

    private static final Map<ItemCondition, String> SHORT = Map.ofEntries(
            Map.entry(ItemCondition.NEW_NEW, "NEW"),
            Map.entry(ItemCondition.NEW_OPEN_BOX, "NOB"),
            Map.entry(ItemCondition.NEW_OEM, "OEM"),
            Map.entry(ItemCondition.REFURBISHED_REFURBISHED, "REF"),
            Map.entry(ItemCondition.USED_LIKE_NEW, "ULN"),
            Map.entry(ItemCondition.USED_VERY_GOOD, "UVG"),
            Map.entry(ItemCondition.USED_GOOD, "UG"),
            Map.entry(ItemCondition.USED_ACCEPTABLE, "UA"),
            Map.entry(ItemCondition.COLLECTIBLE_LIKE_NEW, "CLN"),
            Map.entry(ItemCondition.COLLECTIBLE_VERY_GOOD, "CVG"),
            Map.entry(ItemCondition.COLLECTIBLE_GOOD, "CG"),
            Map.entry(ItemCondition.COLLECTIBLE_ACCEPTABLE, "CA"),
            Map.entry(ItemCondition.CLUB_CLUB, "CLUB"));

    private static final Map<String, ItemCondition> FLAT_FILE = Map.ofEntries(
            Map.entry("1", ItemCondition.USED_LIKE_NEW),
            Map.entry("2", ItemCondition.USED_VERY_GOOD),
            Map.entry("3", ItemCondition.USED_GOOD),
            Map.entry("4", ItemCondition.USED_ACCEPTABLE),
            Map.entry("5", ItemCondition.COLLECTIBLE_LIKE_NEW),
            Map.entry("6", ItemCondition.COLLECTIBLE_VERY_GOOD),
            Map.entry("7", ItemCondition.COLLECTIBLE_GOOD),
            Map.entry("8", ItemCondition.COLLECTIBLE_ACCEPTABLE),
            Map.entry("10", ItemCondition.REFURBISHED_REFURBISHED),
            Map.entry("11", ItemCondition.NEW_NEW));

    private Conditions() {}

    static String shortCode(ItemCondition condition) {
        return SHORT.get(condition);
    }

    /**
     * A report's {@code item-condition}: the numeric flat-file code, or a {@code condition_type} value some report
     * variants carry instead; empty when neither.
     */
    static Optional<ItemCondition> fromReport(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        ItemCondition numeric = FLAT_FILE.get(v);
        return numeric != null ? Optional.of(numeric) : ItemCondition.parse(v);
    }
}
