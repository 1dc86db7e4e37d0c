// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import java.util.List;

/** One page of a run's SKUs and how many match in all. */
public record SyncRunSkuPage(List<SyncRunSkuView> skus, long total) {

    public SyncRunSkuPage {
        skus = List.copyOf(skus);
    }
}
