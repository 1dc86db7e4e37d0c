// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import io.sellersync.messages.inventory.ItemCondition;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Fills in the configured SKU pattern for a listing Amazon does not have yet. Amazon's seller SKU holds at most 40
 * characters; a pattern that cannot stay within that for a 10-character ASIN is refused at start-up.
 */
final class SkuPattern {

    static final int MAX_LENGTH = 40;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final String pattern;
    private final RandomGenerator random;

    SkuPattern(String pattern) {
        this(pattern, new SecureRandom());
    }

    SkuPattern(String pattern, RandomGenerator random) {
        validate(pattern);
        this.pattern = pattern;
        this.random = random;
    }

    static void validate(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("sellersync.listings.sku-pattern must not be empty");
        }
        String sample = fill(pattern, "B000000000", "CLUB", "XXXX");
        if (sample.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("sellersync.listings.sku-pattern makes SKUs of " + sample.length()
                    + " characters; Amazon allows at most " + MAX_LENGTH);
        }
        if (!pattern.contains("{RAND4}")) {
            throw new IllegalArgumentException(
                    "sellersync.listings.sku-pattern needs {RAND4}, or every new SKU of an ASIN would be the same");
        }
    }

    String generate(String asin, ItemCondition condition) {
        StringBuilder rand = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            rand.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String sku = fill(pattern, asin.toUpperCase(Locale.ROOT), Conditions.shortCode(condition), rand.toString());
        return sku.length() > MAX_LENGTH ? sku.substring(0, MAX_LENGTH) : sku;
    }

    private static String fill(String pattern, String asin, String condition, String rand) {
        return pattern.replace("{ASIN}", asin).replace("{COND}", condition).replace("{RAND4}", rand);
    }
}
