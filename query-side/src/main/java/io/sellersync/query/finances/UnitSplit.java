// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.finances;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount split evenly across the units of a line, in its smallest unit (cents, or finer when the amount has more
 * decimals): every unit gets the amount divided by the units rounded down, and the remainder goes one smallest unit
 * each to the first units. So the parts of all units add up to the amount exactly, and the same line always splits the
 * same way.
 */
final class UnitSplit {

    private UnitSplit() {}

    /**
     * The share of {@code units} consecutive units starting at unit {@code from} (0-based) of a line of
     * {@code lineUnits} units whose figure is {@code amount}; {@code minScale} is the currency's decimals.
     */
    static BigDecimal share(BigDecimal amount, int lineUnits, int from, int units, int minScale) {
        if (lineUnits <= 0 || units <= 0) {
            return BigDecimal.ZERO.setScale(Math.max(minScale, 0));
        }
        int scale = Math.max(Math.max(minScale, 0), amount.stripTrailingZeros().scale());
        long smallest =
                amount.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        long base = Math.floorDiv(smallest, lineUnits);
        long remainder = Math.floorMod(smallest, lineUnits);
        int end = Math.min(from + units, lineUnits);
        int count = Math.max(0, end - from);
        long extra = Math.max(0, Math.min(end, remainder) - from);
        return BigDecimal.valueOf(base * count + extra, scale);
    }
}
