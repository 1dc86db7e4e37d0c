// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

/** How a run ended: every SKU live, some held or failed, or the run failed (a phase feed failed, or no SKU got live). */
public enum RunOutcome {
    COMPLETED,
    PARTIAL,
    FAILED
}
