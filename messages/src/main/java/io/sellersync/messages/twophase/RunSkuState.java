// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

/**
 * Where one SKU of a run is. {@code PRICE_PENDING}: in the price feed, its price not seen live yet; {@code PRICE_LIVE}:
 * price verified, its quantity not sent yet; {@code QUANTITY_PENDING}: in the quantity feed; {@code RESCUING}: Amazon
 * showed its quantity with a missing or wrong price, so its quantity was set back to 0 and the price patched. Final:
 * {@code VERIFIED} (price and quantity live), {@code HELD} (its quantity was never pushed, or was taken back to 0,
 * because its price did not go live in time), {@code FAILED} (Amazon refused a message or a patch).
 */
public enum RunSkuState {
    PRICE_PENDING,
    PRICE_LIVE,
    QUANTITY_PENDING,
    RESCUING,
    VERIFIED,
    HELD,
    FAILED;

    public boolean ended() {
        return this == VERIFIED || this == HELD || this == FAILED;
    }
}
