// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

/** Where an account's order sync stands. */
public enum OrderSyncState {
    IDLE,
    QUEUED,
    RUNNING,
    FAILED
}
