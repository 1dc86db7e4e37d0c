// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.accounts.AccountId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * One order as {@code searchOrders} or {@code getOrder} showed it at {@code seenAt}: imported when new, recorded as an
 * update only when Amazon's {@code lastUpdatedTime} is newer than the one sellersync has, otherwise ignored, so
 * re-reading a window (overlap, sweep, backfill, replay) is harmless. No buyer data.
 */
public record ImportOrderCommand(
        @TargetAggregateIdentifier AmazonOrderId orderId, AccountId accountId, AmazonOrder order, Instant seenAt) {}
