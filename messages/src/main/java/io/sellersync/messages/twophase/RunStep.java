// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

/** The step a run is at: the price feed and its verification, the quantity feed and its verification, rescues. */
public enum RunStep {
    PRICE,
    QUANTITY,
    RESCUE,
    ENDED
}
