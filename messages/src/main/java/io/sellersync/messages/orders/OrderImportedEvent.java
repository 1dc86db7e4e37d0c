// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.accounts.AccountId;
import java.time.Instant;

/** Amazon showed an order sellersync did not have yet; {@code order} is all of it (no buyer data). */
public record OrderImportedEvent(AmazonOrderId orderId, AccountId accountId, AmazonOrder order, Instant importedAt)
        implements AmazonOrderEvent {

    @Override
    public String describe() {
        return "Order %s imported: %s, %s, %d unit(s)%s"
                .formatted(
                        order.amazonOrderId(),
                        order.status().label(),
                        order.channel().label(),
                        order.units(),
                        order.total() == null ? "" : ", " + order.total());
    }
}
