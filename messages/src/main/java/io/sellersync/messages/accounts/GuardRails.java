// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

import java.math.BigDecimal;

/**
 * An account's price guard rails: optional floor and ceiling (amounts in the marketplace's currency; null = none) and
 * the largest change against the live price, in percent, that a submit accepts without an explicit confirmation.
 */
public record GuardRails(BigDecimal floor, BigDecimal ceiling, BigDecimal maxChangePercent) {

    public static final BigDecimal DEFAULT_MAX_CHANGE_PERCENT = new BigDecimal("50");

    /** No floor, no ceiling, 50 %. */
    public static final GuardRails DEFAULT = new GuardRails(null, null, DEFAULT_MAX_CHANGE_PERCENT);

    public GuardRails {
        if (maxChangePercent == null) {
            maxChangePercent = DEFAULT_MAX_CHANGE_PERCENT;
        }
    }
}
