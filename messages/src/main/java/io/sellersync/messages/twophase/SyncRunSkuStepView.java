// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import java.time.Instant;

/** One step of a SKU's timeline in a run, in words. */
public record SyncRunSkuStepView(Instant at, String what) {}
