// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import java.util.List;

/** One page of runs and how many match in all. */
public record SyncRunPage(List<SyncRunView> runs, long total) {

    public SyncRunPage {
        runs = List.copyOf(runs);
    }
}
