// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

import java.time.Instant;

/** One event in an item's history: when, what (in words), which kind, and who caused it (null for the system). */
public record InventoryHistoryEntryView(Instant occurredAt, String description, String eventType, String user) {}
