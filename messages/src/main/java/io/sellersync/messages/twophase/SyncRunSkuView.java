// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import io.sellersync.messages.feed.FeedOperation;
import io.sellersync.messages.shared.Money;
import java.util.List;

/** One SKU of a run: what was planned, where it is, what Amazon showed last, and its timeline. */
public record SyncRunSkuView(
        String sku,
        FeedOperation operation,
        Money price,
        int unitsAdded,
        int entries,
        RunSkuState state,
        String reason,
        Money observedPrice,
        Integer observedQuantity,
        boolean rescued,
        List<SyncRunSkuStepView> timeline) {

    public SyncRunSkuView {
        timeline = List.copyOf(timeline);
    }
}
