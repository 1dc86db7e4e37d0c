// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.vault;

/** The vault key is missing, malformed, exposed or not the one the stored credentials were encrypted with. */
public class VaultKeyException extends IllegalStateException {

    public VaultKeyException(String message) {
        super(message);
    }
}
