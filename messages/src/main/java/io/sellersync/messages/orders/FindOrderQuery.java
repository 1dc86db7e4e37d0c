// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

/** One order in full; answers an {@code Optional<OrderDetailView>}. */
public record FindOrderQuery(AmazonOrderId orderId) {}
