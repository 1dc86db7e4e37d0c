// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.listings;

import java.util.List;

/** The answer to a {@link ListPriceDriftQuery}: the differences, and how each account's last check went. */
public record PriceDriftReport(List<PriceDriftView> drifts, List<PriceDriftCheckView> checks) {

    public PriceDriftReport {
        drifts = List.copyOf(drifts);
        checks = List.copyOf(checks);
    }
}
