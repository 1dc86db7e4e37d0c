// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.finances;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where one historical import stands, kept by db-scheduler between chunks so a restart resumes it: the range
 * {@code [from, to)}, the start of the next chunk ({@code position}), and the failures of that chunk in a row.
 */
public record ImportJob(String importId, String accountId, Instant from, Instant to, Instant position, int failures)
        implements Serializable {

    ImportJob next(Instant reached) {
        return new ImportJob(importId, accountId, from, to, reached, 0);
    }

    ImportJob failedOnce() {
        return new ImportJob(importId, accountId, from, to, position, failures + 1);
    }
}
