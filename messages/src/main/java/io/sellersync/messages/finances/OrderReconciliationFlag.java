// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

/**
 * What can be wrong with one order's money; each is also a filter of the per-order reconciliation. All of them make
 * the order a mismatch except {@link #DEFERRED} (Amazon simply has not released the money yet).
 */
public enum OrderReconciliationFlag {
    /** The order's total (Orders API) differs from its transactions' {@code Sales} to the cent, or is in another currency. */
    TOTAL_MISMATCH("Order total differs from the sales"),
    /** A shipped or unshipped order without any transaction N days after its purchase or promised shipment. */
    WITHOUT_TRANSACTIONS("Order without transactions"),
    /** Transactions name an order sellersync does not know. */
    WITHOUT_ORDER("Transaction without order"),
    /** A refund whose sale is not among the transactions. */
    REFUND_WITHOUT_SALE("Refund without a sale"),
    /** More refunded than sold. */
    REFUNDED_MORE("Refunded more than was sold"),
    /** Money the fee registry does not explain. */
    UNCATEGORISED("Uncategorised money"),
    /** Not released by Amazon yet (not a mismatch). */
    DEFERRED("Not released yet");

    private final String label;

    OrderReconciliationFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the flag makes the order a mismatch (everything but a deferral). */
    public boolean mismatch() {
        return this != DEFERRED;
    }
}
