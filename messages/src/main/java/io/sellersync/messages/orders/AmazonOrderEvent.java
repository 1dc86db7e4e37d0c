// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.AuditedEvent;

/** Every event of the {@code AmazonOrder} aggregate; none carries buyer data. */
public sealed interface AmazonOrderEvent extends AuditedEvent
        permits OrderImportedEvent,
                OrderUpdatedEvent,
                OrderItemLinkedEvent,
                OrderItemUnlinkedEvent,
                OrderItemUnmatchedEvent,
                OrderItemIgnoredEvent {

    AmazonOrderId orderId();

    AccountId accountId();
}
