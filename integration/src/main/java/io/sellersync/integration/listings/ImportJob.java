// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where one listing-report import stands, kept by db-scheduler between steps so a restart resumes it: the report
 * requested from Amazon (null until it is), when the import started, and how many transient failures in a row it
 * has met.
 */
public record ImportJob(String accountId, String marketplaceId, String reportId, Instant startedAt, int failures)
        implements Serializable {

    /** The task instance id: one import at a time per account and marketplace. */
    String instanceId() {
        return accountId + "|" + marketplaceId;
    }
}
