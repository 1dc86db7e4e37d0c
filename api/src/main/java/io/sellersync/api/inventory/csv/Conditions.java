// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory.csv;

import io.sellersync.messages.inventory.ItemCondition;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Item conditions as spreadsheets spell them: Amazon's codes ({@code used_good}), the words sellers use ("New",
 * "Used - Good", "Like New"), and the numeric {@code item-condition} of Amazon's listings report (11 = new).
 */
final class Conditions {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("new", "new_new"),
            Map.entry("brand_new", "new_new"),
            Map.entry("open_box", "new_open_box"),
            Map.entry("oem", "new_oem"),
            Map.entry("refurbished", "refurbished_refurbished"),
            Map.entry("renewed", "refurbished_refurbished"),
            Map.entry("like_new", "used_like_new"),
            Map.entry("used_mint", "used_like_new"),
            Map.entry("very_good", "used_very_good"),
            Map.entry("good", "used_good"),
            Map.entry("acceptable", "used_acceptable"),
            Map.entry("collectible", "collectible_good"),
            Map.entry("club", "club_club"),
            Map.entry("1", "used_like_new"),
            Map.entry("2", "used_very_good"),
            Map.entry("3", "used_good"),
            Map.entry("4", "used_acceptable"),
            Map.entry("5", "collectible_like_new"),
            Map.entry("6", "collectible_very_good"),
            Map.entry("7", "collectible_good"),
            Map.entry("8", "collectible_acceptable"),
            Map.entry("10", "refurbished_refurbished"),
            Map.entry("11", "new_new"));

    private Conditions() {}

    static Optional<ItemCondition> parse(String text) {
        String key = text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "_")
                .replaceAll("^_+|_+$", "");
        Optional<ItemCondition> exact = ItemCondition.parse(key);
        if (exact.isPresent()) {
            return exact;
        }
        String word = WORDS.get(key);
        return word == null ? Optional.empty() : ItemCondition.parse(word);
    }
}
