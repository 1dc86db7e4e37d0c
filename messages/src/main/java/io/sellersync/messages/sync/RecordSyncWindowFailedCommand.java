// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.sync;

import io.sellersync.messages.accounts.AccountId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Reading the window {@code [from, to)} failed; the cursor stays where it was, so the next run reads the window
 * again. {@code reason} is in words (never a secret or buyer data); {@code amazonRequestId} is Amazon's
 * {@code x-amzn-RequestId} of the failing call when there was one.
 */
public record RecordSyncWindowFailedCommand(
        @TargetAggregateIdentifier SyncCursorId cursorId,
        AccountId accountId,
        SyncDataSet dataSet,
        SyncWindowKind kind,
        Instant from,
        Instant to,
        String reason,
        String amazonRequestId,
        Instant failedAt) {}
