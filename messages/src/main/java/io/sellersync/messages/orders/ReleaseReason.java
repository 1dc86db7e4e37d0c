// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

/** Why linked units go back: the order (item) was cancelled, or the buyer returned it. */
public enum ReleaseReason {
    CANCELLED("cancelled"),
    RETURNED("returned");

    private final String label;

    ReleaseReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
