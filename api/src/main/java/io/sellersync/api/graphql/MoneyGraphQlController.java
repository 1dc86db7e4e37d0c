// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql;

import io.sellersync.messages.shared.Money;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The one mapping of {@link Money} for every schema file: a decimal string (never a float) and its currency code. */
@Controller
class MoneyGraphQlController {

    @SchemaMapping(typeName = "Money", field = "amount")
    String amount(Money money) {
        return money.amount().toPlainString();
    }

    @SchemaMapping(typeName = "Money", field = "currency")
    String currency(Money money) {
        return money.currency().getCurrencyCode();
    }
}
