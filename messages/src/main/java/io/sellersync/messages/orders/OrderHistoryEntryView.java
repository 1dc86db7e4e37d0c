// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import java.time.Instant;

/** One event of an order's history (from the event store): when, which event, and what happened in words. */
public record OrderHistoryEntryView(Instant at, String event, String description) {}
