// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

/** Why an entry left the queue; none of them changes anything on Amazon. */
public enum RemovalReason {
    REMOVED_BY_USER("removed by the user"),
    SKIPPED("skipped in a price conflict"),
    QUEUE_CLEARED("the queue was cleared");

    private final String label;

    RemovalReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
