// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import java.util.List;

/** One page of the per-SKU summary. */
public record SkuSummaryPage(List<SkuSummaryView> items, long total, int page, int size) {

    public SkuSummaryPage {
        items = List.copyOf(items);
    }
}
