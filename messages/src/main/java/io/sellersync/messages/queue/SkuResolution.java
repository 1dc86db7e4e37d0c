// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.shared.Money;

/**
 * Where the entry goes on Amazon: the seller SKU (reused or generated, then {@code newSku}), the product type and
 * Amazon's live offer (null when there is none).
 */
public record SkuResolution(
        String sellerSku, boolean newSku, String productType, Money livePrice, Integer liveQuantity) {}
