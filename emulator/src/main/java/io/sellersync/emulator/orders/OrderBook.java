// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.orders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every order in the world, in the order they were placed. */
@Component
public class OrderBook {

    private final Map<String, Order> orders = new LinkedHashMap<>();

    public synchronized void put(Order order) {
        orders.put(order.orderId(), order);
    }

    public synchronized Optional<Order> find(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    public synchronized List<Order> of(String sellerId) {
        return orders.values().stream()
                .filter(o -> o.sellerId().equals(sellerId))
                .toList();
    }

    public synchronized List<Order> all() {
        return List.copyOf(orders.values());
    }

    public synchronized void clear() {
        orders.clear();
    }
}
