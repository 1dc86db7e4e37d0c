// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

import java.util.UUID;

/** Identity of a seller account in sellersync; {@code toString()} is the raw value (Axon stores it as a string). */
public record AccountId(String value) {

    public AccountId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("account id is required");
        }
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
