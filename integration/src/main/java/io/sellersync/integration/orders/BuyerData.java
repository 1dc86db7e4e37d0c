// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.orders;

import java.time.Instant;

/**
 * An order's buyer PII as Amazon sent it (only with the account's PII roles): never in an event, a command or a log
 * line; it goes from the mapper straight into {@link BuyerDataTable}. {@code deliveredAt} is when the order counts as
 * delivered (a package reported delivered, else the end of the delivery window of a shipped order, else the
 * cancellation), from which the retention runs; null while it is on its way.
 */
public record BuyerData(
        String buyerName,
        String buyerEmail,
        String recipientName,
        String addressLine1,
        String addressLine2,
        String city,
        String postalCode,
        String countryCode,
        String phone,
        Instant deliveredAt) {

    boolean isEmpty() {
        return buyerName == null
                && buyerEmail == null
                && recipientName == null
                && addressLine1 == null
                && city == null
                && postalCode == null;
    }

    @Override
    public String toString() {
        return "BuyerData[redacted]";
    }
}
