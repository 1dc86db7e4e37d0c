// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

/**
 * One difference between what sellersync had and what Amazon shows now: the field (a breakdown node by its path, e.g.
 * {@code breakdowns/Expenses/AmazonFees/Commission}), its value before and after, in words (null = absent).
 */
public record TransactionChange(String field, String before, String after) {

    @Override
    public String toString() {
        return field + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after);
    }
}
