// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

/**
 * A page of one run's SKUs with their timelines, in the order of the run ({@code state} null = every SKU); answers a
 * {@link SyncRunSkuPage}.
 */
public record ListSyncRunSkusQuery(SyncRunId runId, RunSkuState state, int page, int size) {}
