// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.shared.Money;

/** The money of one category (of a transaction, an order, a month, …). */
public record CategoryAmount(FeeCategory category, Money amount) {}
