// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.inventory;

import io.sellersync.messages.shared.Money;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Money for people, in the templates as {@code ${@moneyFormat.show(price)}}: the currency's symbol and its own
 * number of decimals (£12.50, €9.90, ¥1,200), never a float. Blank for no amount.
 */
@Component("moneyFormat")
public class MoneyFormat {

    public String show(Money money) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setCurrency(money.currency());
        int digits = Math.max(
                money.currency().getDefaultFractionDigits(),
                money.amount().stripTrailingZeros().scale());
        format.setMinimumFractionDigits(Math.max(digits, 0));
        format.setMaximumFractionDigits(Math.max(digits, 0));
        return format.format(money.amount());
    }

    /** The plain amount for a form field ("12.50"). */
    public String plain(Money money) {
        return money == null ? "" : money.amount().toPlainString();
    }
}
