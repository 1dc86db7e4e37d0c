// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.shared;

/** An Amazon marketplace id such as {@code A1F83G8C2ARO7P}; {@code toString()} is the raw value. */
public record MarketplaceId(String value) {

    public MarketplaceId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("marketplace id is required");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
