// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

/** What the queued price disagrees with: Amazon's live offer, or another queued entry for the same seller SKU. */
public enum ConflictKind {
    AMAZON("Amazon's live price"),
    QUEUE("another queued entry for the same SKU");

    private final String label;

    ConflictKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
