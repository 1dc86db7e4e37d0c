// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.faults;

import java.util.Map;
import java.util.Set;

/**
 * All injected faults at once, as the control API reads and writes them: per-operation odds keyed by operationId, the
 * number of upcoming feeds that end {@code FATAL}, whether new feeds stay {@code IN_QUEUE}, SKUs whose price
 * changes are accepted but never go live, SKUs whose feed messages are accepted with a warning, extra hours before shipment transactions are posted, the probability
 * that a posted shipment transaction is later changed in place, and SKUs whose offer loses its price when their next
 * quantity rise goes live (once each: Amazon has been seen to drop a new offer's price, or set it to 0, as its stock
 * arrives).
 */
public record FaultSettings(
        Map<String, OperationFaults> operations,
        int nextFeedsFatal,
        boolean feedsStuckInQueue,
        Set<String> priceNeverPropagatesSkus,
        int lateTransactionHours,
        double changedTransactions,
        Set<String> feedWarningSkus,
        Set<String> priceDropsWithQuantitySkus) {

    public static final FaultSettings NONE = new FaultSettings(Map.of(), 0, false, Set.of(), 0, 0, Set.of(), Set.of());

    public FaultSettings {
        operations = operations == null ? Map.of() : Map.copyOf(operations);
        priceNeverPropagatesSkus = priceNeverPropagatesSkus == null ? Set.of() : Set.copyOf(priceNeverPropagatesSkus);
        feedWarningSkus = feedWarningSkus == null ? Set.of() : Set.copyOf(feedWarningSkus);
        priceDropsWithQuantitySkus =
                priceDropsWithQuantitySkus == null ? Set.of() : Set.copyOf(priceDropsWithQuantitySkus);
        if (nextFeedsFatal < 0 || lateTransactionHours < 0) {
            throw new IllegalArgumentException("nextFeedsFatal and lateTransactionHours must be >= 0");
        }
        if (changedTransactions < 0 || changedTransactions > 1) {
            throw new IllegalArgumentException("changedTransactions must be between 0 and 1");
        }
    }
}
