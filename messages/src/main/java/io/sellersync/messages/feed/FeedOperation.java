// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

/**
 * What a message does on Amazon: {@code PATCH} replaces the offer attributes of an existing SKU; {@code UPDATE} with
 * {@code requirements: LISTING_OFFER_ONLY} creates the offer for a new SKU on an existing ASIN.
 */
public enum FeedOperation {
    PATCH,
    UPDATE
}
