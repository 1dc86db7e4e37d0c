// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

/** One run with its SKUs and their timelines; answers a {@link SyncRunDetailView}, null when unknown. */
public record FindSyncRunQuery(SyncRunId runId) {}
