// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

import java.math.BigDecimal;
import java.util.Currency;
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

    /**
     * Amounts have at most 10 whole digits (9,999,999,999) and at most their currency's minor digits (at most 4 with
     * no currency), so every accepted amount fits the read models' {@code numeric(14,4)} money columns.
     */
    public static final int MAX_WHOLE_DIGITS = 10;

    public static final int MAX_FRACTION_DIGITS = 4;

    /** Amount text longer than this is refused before it is parsed (10 digits, grouping, decimals and a sign fit). */
    public static final int MAX_AMOUNT_TEXT = 40;

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

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

    /**
     * The size rule for every amount that enters the system (prices, costs, guard rails). The sign is checked
     * elsewhere. Only {@code precision()} and {@code scale()} are looked at before any arithmetic, so a value like
     * {@code 1e999999999} is refused at once instead of being expanded.
     *
     * @param what how the seller calls the amount ("price", "floor"), starts the message
     * @param currency decides the decimal places; null allows up to {@value #MAX_FRACTION_DIGITS}
     */
    public static String amountProblem(String what, BigDecimal amount, Currency currency) {
        if (amount == null) {
            return null;
        }
        long whole = (long) amount.precision() - amount.scale();
        if (whole > MAX_WHOLE_DIGITS) {
            return what + " is too large: at most 9,999,999,999";
        }
        int digits = currency == null
                ? MAX_FRACTION_DIGITS
                : Math.min(Math.max(currency.getDefaultFractionDigits(), 0), MAX_FRACTION_DIGITS);
        if (amount.scale() > digits) {
            // Trailing zeros are harmless (12.500), but only a short number is worth stripping.
            if (amount.precision() > MAX_AMOUNT_TEXT
                    || amount.stripTrailingZeros().scale() > digits) {
                return what + " has more than " + digits + " decimal places"
                        + (currency == null ? "" : " for " + currency.getCurrencyCode());
            }
        }
        return null;
    }

    /**
     * Typed decimal text (a form field, a GraphQL string) before it is parsed: digits with an optional dot, no
     * exponent ({@code 1e9}), no more than {@value #MAX_AMOUNT_TEXT} characters. Null when fine or blank.
     */
    public static String decimalTextProblem(String what, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (s.length() > MAX_AMOUNT_TEXT) {
            return what + " is too long to be an amount (at most 9,999,999,999)";
        }
        return PLAIN_DECIMAL.matcher(s).matches()
                ? null
                : what + " must be a plain number with a dot for decimals, such as 12.50 (got \"" + s + "\")";
    }
}
