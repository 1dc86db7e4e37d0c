// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

/** One run's summary; answers a {@link SyncRunView}, null when unknown. Subscribers get every change of the run. */
public record FindSyncRunQuery(SyncRunId runId) {}
