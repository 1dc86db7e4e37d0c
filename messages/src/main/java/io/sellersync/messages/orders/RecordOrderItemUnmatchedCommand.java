// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the linking when it found no (more) listed inventory for an order item's shipped units: the order computes
 * the open count (shipped − linked − ignored) and records it when it changed.
 */
public record RecordOrderItemUnmatchedCommand(
        @TargetAggregateIdentifier AmazonOrderId orderId, String orderItemId, Instant at) {}
