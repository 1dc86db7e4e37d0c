// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.world;

import java.util.Arrays;
import java.util.Optional;

/** The EU marketplaces the emulated sellers sell in, with the currency an offer there must use. */
public enum Marketplace {
    UK("A1F83G8C2ARO7P", "GBP", "Amazon.co.uk", "en_GB"),
    DE("A1PA6795UKMFR9", "EUR", "Amazon.de", "de_DE");

    private final String id;
    private final String currency;
    private final String displayName;
    private final String locale;

    Marketplace(String id, String currency, String displayName, String locale) {
        this.id = id;
        this.currency = currency;
        this.displayName = displayName;
        this.locale = locale;
    }

    public String id() {
        return id;
    }

    public String currency() {
        return currency;
    }

    public String displayName() {
        return displayName;
    }

    public String locale() {
        return locale;
    }

    public static Optional<Marketplace> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
}
