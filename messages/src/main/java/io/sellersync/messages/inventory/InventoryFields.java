// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

import java.util.regex.Pattern;

/**
 * The field rules every way into the inventory shares (the aggregate, the CSV import, the forms), so a row the import
 * preview accepts is a row the aggregate accepts. Each check returns the problem in words, or null when the value is
 * fine.
 */
public final class InventoryFields {

    /** Amazon's seller SKU is at most 40 characters. */
    public static final int MAX_SKU_LENGTH = 40;

    public static final int MAX_TITLE_LENGTH = 500;
    public static final int MAX_NOTES_LENGTH = 2000;
    public static final int MAX_QUANTITY = 1_000_000;

    private static final Pattern ASIN = Pattern.compile("[A-Z0-9]{10}");
    private static final Pattern SKU = Pattern.compile("[\\p{Graph}&&[^<>\"]]+( [\\p{Graph}&&[^<>\"]]+)*");

    private InventoryFields() {}

    public static String localSkuProblem(String sku) {
        if (sku == null || sku.isBlank()) {
            return "local SKU is required";
        }
        if (sku.length() > MAX_SKU_LENGTH) {
            return "local SKU is longer than " + MAX_SKU_LENGTH + " characters";
        }
        return SKU.matcher(sku).matches()
                ? null
                : "local SKU may hold letters, digits, punctuation and single spaces, but not < > \" or surrounding spaces";
    }

    /** An empty ASIN is allowed on an item (it just cannot be queued); a present one must look like an ASIN. */
    public static String asinProblem(String asin) {
        if (asin == null || asin.isEmpty()) {
            return null;
        }
        return ASIN.matcher(asin).matches() ? null : "ASIN must be 10 capital letters or digits, such as B00EXAMPLE";
    }

    public static String titleProblem(String title) {
        return title != null && title.length() > MAX_TITLE_LENGTH
                ? "title is longer than " + MAX_TITLE_LENGTH + " characters"
                : null;
    }

    public static String notesProblem(String notes) {
        return notes != null && notes.length() > MAX_NOTES_LENGTH
                ? "notes are longer than " + MAX_NOTES_LENGTH + " characters"
                : null;
    }

    public static String quantityProblem(int quantity) {
        if (quantity < 0) {
            return "quantity cannot be negative";
        }
        return quantity > MAX_QUANTITY ? "quantity is more than " + MAX_QUANTITY : null;
    }
}
