// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.world;

import java.time.Instant;

/**
 * Ground truth of one change that became live, with when it was submitted and when buyers could see it, so a test can
 * prove for example that a price was live before the quantity that depended on it.
 */
public record AppliedChange(
        long sequence,
        String sellerId,
        String sku,
        String marketplaceId,
        Kind kind,
        String oldValue,
        String newValue,
        String source,
        Instant submittedAt,
        Instant appliedAt) {

    /** What changed. */
    public enum Kind {
        CREATE,
        PRICE,
        QUANTITY,
        CONDITION,
        ATTRIBUTE,
        DELETE
    }
}
