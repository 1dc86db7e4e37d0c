// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Amazon's {@code condition_type} values; {@link #code()} is exactly what Amazon expects and reports. */
public enum ItemCondition {
    NEW_NEW("new_new", "New"),
    NEW_OPEN_BOX("new_open_box", "New – open box"),
    NEW_OEM("new_oem", "New – OEM"),
    REFURBISHED_REFURBISHED("refurbished_refurbished", "Refurbished"),
    USED_LIKE_NEW("used_like_new", "Used – like new"),
    USED_VERY_GOOD("used_very_good", "Used – very good"),
    USED_GOOD("used_good", "Used – good"),
    USED_ACCEPTABLE("used_acceptable", "Used – acceptable"),
    COLLECTIBLE_LIKE_NEW("collectible_like_new", "Collectible – like new"),
    COLLECTIBLE_VERY_GOOD("collectible_very_good", "Collectible – very good"),
    COLLECTIBLE_GOOD("collectible_good", "Collectible – good"),
    COLLECTIBLE_ACCEPTABLE("collectible_acceptable", "Collectible – acceptable"),
    CLUB_CLUB("club_club", "Club");

    private final String code;
    private final String label;

    ItemCondition(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** By Amazon's code ({@code used_good}) or the enum name ({@code USED_GOOD}), case-insensitive. */
    public static Optional<ItemCondition> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.code.equals(wanted)).findFirst();
    }
}
