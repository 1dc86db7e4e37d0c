// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import io.sellersync.messages.shared.Money;

/** A SKU's price and quantity: what Amazon showed, or what a read-back expects to see (null = not checked). */
public record SkuOffer(String sku, Money price, Integer quantity) {}
