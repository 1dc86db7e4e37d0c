// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

/**
 * The seller's answer to a price conflict: keep the entry's price (Amazon is updated on submit), take the other price
 * (the local item is updated too), or skip the item (the entry leaves the queue).
 */
public enum ConflictResolution {
    USE_MY_PRICE("use my price"),
    USE_AMAZON_PRICE("use Amazon's price"),
    SKIP("skip");

    private final String label;

    ConflictResolution(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
