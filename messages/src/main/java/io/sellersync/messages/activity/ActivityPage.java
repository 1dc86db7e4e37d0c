// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.activity;

import java.util.List;

public record ActivityPage(List<ActivityEntryView> entries, long total, int offset, int limit) {

    public ActivityPage {
        entries = List.copyOf(entries);
    }
}
