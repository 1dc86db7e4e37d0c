// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import java.util.Locale;

/**
 * sellersync's status of an order, from Amazon's {@code fulfillmentStatus}: {@code PENDING_AVAILABILITY} and
 * {@code PENDING} are pending (not paid yet), {@code UNFULFILLABLE} counts as cancelled (it will never ship).
 */
public enum OrderStatus {
    PENDING("Pending"),
    UNSHIPPED("Unshipped"),
    PARTIALLY_SHIPPED("Partially shipped"),
    SHIPPED("Shipped"),
    CANCELLED("Cancelled");

    private final String label;

    OrderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Awaiting dispatch: paid but not (completely) shipped; such orders are re-read with {@code getOrder}. */
    public boolean awaitingDispatch() {
        return this == UNSHIPPED || this == PARTIALLY_SHIPPED;
    }

    /** From Amazon's 2026-01-01 {@code fulfillmentStatus} (case-insensitive; v0 spellings accepted too). */
    public static OrderStatus fromAmazon(String fulfillmentStatus) {
        if (fulfillmentStatus == null) {
            throw new IllegalArgumentException("Amazon's fulfilment status is missing");
        }
        return switch (fulfillmentStatus.strip().toUpperCase(Locale.ROOT).replace("_", "")) {
            case "PENDINGAVAILABILITY", "PENDING" -> PENDING;
            case "UNSHIPPED" -> UNSHIPPED;
            case "PARTIALLYSHIPPED" -> PARTIALLY_SHIPPED;
            case "SHIPPED" -> SHIPPED;
            case "CANCELLED", "CANCELED", "UNFULFILLABLE" -> CANCELLED;
            default -> throw new IllegalArgumentException("unknown fulfilment status " + fulfillmentStatus);
        };
    }
}
