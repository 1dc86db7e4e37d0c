// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order as sellersync keeps it (Orders API 2026-01-01): Amazon's order id, marketplace, purchase and last-update
 * times (Amazon's clock), Amazon's fulfilment status and the internal status, the fulfilment channel, the ship-by and
 * deliver-by dates, the total with its currency (null while pending) and the items. <b>Never any buyer data</b>:
 * names, addresses and emails go to the integration's PII table, not into this record.
 */
public record AmazonOrder(
        String amazonOrderId,
        MarketplaceId marketplaceId,
        Instant purchaseDate,
        Instant lastUpdatedTime,
        String amazonStatus,
        OrderStatus status,
        FulfillmentChannel channel,
        Instant shipBy,
        Instant deliverBy,
        Money total,
        List<OrderItem> items) {

    public AmazonOrder {
        Objects.requireNonNull(amazonOrderId, "amazonOrderId");
        items = items == null ? List.of() : List.copyOf(items);
    }

    public Optional<OrderItem> item(String orderItemId) {
        return items.stream().filter(i -> i.orderItemId().equals(orderItemId)).findFirst();
    }

    /**
     * The units of an item that left the seller's stock: none for a cancelled order, every unit ordered for a shipped
     * one (what Amazon reports fulfilled, or every unit ordered when it leaves that out), otherwise what Amazon reports shipped.
     */
    public int shippedUnits(OrderItem item) {
        if (status == OrderStatus.CANCELLED) {
            return 0;
        }
        if (status == OrderStatus.SHIPPED) {
            return item.quantityShipped() > 0 ? item.quantityShipped() : item.quantityOrdered();
        }
        return Math.max(0, Math.min(item.quantityShipped(), item.quantityOrdered()));
    }

    /** Units ordered over all items. */
    public int units() {
        return items.stream().mapToInt(OrderItem::quantityOrdered).sum();
    }
}
