// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.orders;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where one order backfill stands, kept by db-scheduler between chunks so a restart resumes it: the range
 * {@code [from, to)}, the start of the next chunk ({@code position}), and the failures of that chunk in a row.
 */
public record BackfillJob(String backfillId, String accountId, Instant from, Instant to, Instant position, int failures)
        implements Serializable {

    BackfillJob next(Instant reached) {
        return new BackfillJob(backfillId, accountId, from, to, reached, 0);
    }

    BackfillJob failedOnce() {
        return new BackfillJob(backfillId, accountId, from, to, position, failures + 1);
    }
}
