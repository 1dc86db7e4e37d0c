// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

/**
 * How the queue is pushed: one feed with price and quantity together, or two phases (prices first, verified live,
 * then quantities), so an offer is never buyable at a price Amazon has not applied yet.
 */
public enum SyncMode {
    SINGLE_PHASE,
    TWO_PHASE
}
