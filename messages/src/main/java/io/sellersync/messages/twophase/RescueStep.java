// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

/**
 * One {@code patchListingsItem} of a rescue: first the quantity back to 0 with the price patched ({@code
 * ZERO_AND_PRICE}), then, once the price is live, the quantity restored ({@code RESTORE_QUANTITY}).
 */
public enum RescueStep {
    ZERO_AND_PRICE,
    RESTORE_QUANTITY
}
