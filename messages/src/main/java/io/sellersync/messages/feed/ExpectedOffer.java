// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.shared.Money;

/** What an accepted message should show live: price and/or quantity (null = not part of the message). */
public record ExpectedOffer(int messageId, String sku, Money price, Integer quantity) {}
