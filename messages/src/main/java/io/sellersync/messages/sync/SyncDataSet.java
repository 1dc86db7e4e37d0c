// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.sync;

/** What a cursor follows at Amazon: orders ({@code searchOrders}) or transactions ({@code listTransactions}). */
public enum SyncDataSet {
    ORDERS("Orders"),
    TRANSACTIONS("Transactions");

    private final String words;

    SyncDataSet(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
