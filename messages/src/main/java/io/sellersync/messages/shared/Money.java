// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount with its currency. Never binary floating point: amounts keep the scale they were given (Amazon's "12.50"
 * stays 12.50); {@link #sameAmount} compares values ignoring scale. Stored in events as {@code {"amount":"12.50",
 * "currency":"GBP"}}.
 */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currency));
    }

    /**
     * An amount read back from a {@code NUMERIC} column ({@code 12.5000}) with at least the currency's own digits, as
     * the seller typed it ({@code 12.50}); null when either part is null.
     */
    public static Money ofStored(BigDecimal amount, Currency currency) {
        if (amount == null || currency == null) {
            return null;
        }
        BigDecimal plain = amount.stripTrailingZeros();
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return new Money(plain.scale() < digits ? plain.setScale(digits) : plain, currency);
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** Same currency and numerically equal amounts (12.5 and 12.50 are the same price). */
    public boolean sameAmount(Money other) {
        return other != null && currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    /** "GBP 12.50": the amount with at least the currency's minor digits. */
    @Override
    public String toString() {
        if (amount.scale() < -20 || amount.scale() > 40) {
            // An amount no rule accepts (1e999999999): show it as given rather than expand it.
            return currency.getCurrencyCode() + " " + amount;
        }
        int digits = Math.max(
                currency.getDefaultFractionDigits(), amount.stripTrailingZeros().scale());
        return currency.getCurrencyCode() + " "
                + amount.setScale(Math.max(digits, 0), RoundingMode.UNNECESSARY).toPlainString();
    }
}
