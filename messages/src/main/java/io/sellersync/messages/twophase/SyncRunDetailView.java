// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import java.util.List;

/** One run and its SKUs. */
public record SyncRunDetailView(SyncRunView run, List<SyncRunSkuView> skus) {

    public SyncRunDetailView {
        skus = List.copyOf(skus);
    }
}
