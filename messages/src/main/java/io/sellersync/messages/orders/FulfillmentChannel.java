// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import java.util.Locale;

/** Who fulfils an order: the seller ({@code MERCHANT}, Amazon's MFN) or Amazon ({@code AMAZON}, FBA/AFN). */
public enum FulfillmentChannel {
    MERCHANT("Merchant"),
    AMAZON("Amazon");

    private final String label;

    FulfillmentChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** From Amazon's {@code fulfilledBy} ({@code MERCHANT}/{@code AMAZON}, or v0's {@code MFN}/{@code AFN}). */
    public static FulfillmentChannel fromAmazon(String fulfilledBy) {
        if (fulfilledBy == null) {
            return MERCHANT;
        }
        return switch (fulfilledBy.strip().toUpperCase(Locale.ROOT)) {
            case "AMAZON", "AFN" -> AMAZON;
            default -> MERCHANT;
        };
    }
}
