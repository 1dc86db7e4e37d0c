// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

/** A SKU that did not get live in a run, how it ended (HELD or FAILED) and why. */
public record SkuReason(String sku, RunSkuState state, String reason) {}
