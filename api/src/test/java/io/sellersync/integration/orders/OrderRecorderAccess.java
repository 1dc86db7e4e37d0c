// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.orders;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.orders.AmazonOrder;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * For the order benchmarks in the api module: hands orders to the sync's {@link OrderRecorder} exactly as
 * {@code OrderSync} does after mapping a page (its mapped-order record is package-private), without buyer data.
 */
public final class OrderRecorderAccess {

    private OrderRecorderAccess() {}

    /** Records the orders through the production path (batches of 50 in one unit of work, commands-in-flight batches). */
    public static long record(OrderRecorder recorder, AccountId accountId, Stream<AmazonOrder> orders, Instant seenAt) {
        return recorder.record(accountId, orders.map(o -> new OrderMapper.Mapped(o, null)), seenAt, n -> {});
    }
}
