// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

/**
 * How a financial event group stands: {@code OPEN} while Amazon has not paid it out, {@code RECONCILED} when the payout
 * equals the sum of its transactions to the cent, {@code MISMATCH} otherwise.
 */
public enum PayoutStatus {
    MISMATCH,
    OPEN,
    RECONCILED
}
