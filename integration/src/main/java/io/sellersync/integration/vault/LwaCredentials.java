// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.vault;

/** Decrypted LWA secrets, for the SP-API client only; {@code toString()} never prints them. */
public record LwaCredentials(String clientSecret, String refreshToken) {

    @Override
    public String toString() {
        return "LwaCredentials[clientSecret=****, refreshToken=****]";
    }
}
