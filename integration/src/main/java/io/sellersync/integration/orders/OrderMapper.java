// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.orders;

import io.sellersync.integration.spapi.generated.orders.DateTimeRange;
import io.sellersync.integration.spapi.generated.orders.ItemProceedsBreakdown;
import io.sellersync.integration.spapi.generated.orders.ItemPromotionBreakdown;
import io.sellersync.integration.spapi.generated.orders.Order;
import io.sellersync.integration.spapi.generated.orders.OrderItem;
import io.sellersync.integration.spapi.generated.orders.OrderPackage;
import io.sellersync.messages.orders.AmazonOrder;
import io.sellersync.messages.orders.FulfillmentChannel;
import io.sellersync.messages.orders.OrderStatus;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An Orders 2026-01-01 order as sellersync keeps it, split in two: the {@link AmazonOrder} for the event store (no
 * buyer data) and the {@link BuyerData} for the PII table. Amounts are Amazon's decimal strings, exactly.
 */
final class OrderMapper {

    /** The two halves of an order. {@code buyer} is null when Amazon sent no buyer data. */
    record Mapped(AmazonOrder order, BuyerData buyer) {}

    /** An order sellersync cannot keep (a required field missing or unreadable), in words naming the field. */
    static final class MalformedOrder extends RuntimeException {
        MalformedOrder(String message) {
            super(message);
        }
    }

    private OrderMapper() {}

    static Mapped map(Order o, Instant now) {
        if (o == null || o.getOrderId() == null) {
            throw new MalformedOrder("Amazon sent an order without an orderId");
        }
        String id = o.getOrderId();
        if (o.getLastUpdatedTime() == null || o.getCreatedTime() == null) {
            throw new MalformedOrder("Order " + id + " has no createdTime or lastUpdatedTime");
        }
        if (o.getFulfillment() == null || o.getFulfillment().getFulfillmentStatus() == null) {
            throw new MalformedOrder("Order " + id + " has no fulfillment.fulfillmentStatus");
        }
        String amazonStatus = o.getFulfillment().getFulfillmentStatus().getValue();
        OrderStatus status = OrderStatus.fromAmazon(amazonStatus);
        String marketplace =
                o.getSalesChannel() == null ? null : o.getSalesChannel().getMarketplaceId();
        Money total = o.getProceeds() == null
                ? null
                : money(id, "proceeds.grandTotal", o.getProceeds().getGrandTotal());
        List<io.sellersync.messages.orders.OrderItem> items = new ArrayList<>();
        for (OrderItem item : o.getOrderItems()) {
            items.add(item(id, item, total == null ? null : total.currency().getCurrencyCode()));
        }
        Instant shipBy = latest(o.getFulfillment().getShipByWindow());
        Instant deliverBy = latest(o.getFulfillment().getDeliverByWindow());
        AmazonOrder order = new AmazonOrder(
                id,
                marketplace == null ? null : new MarketplaceId(marketplace),
                o.getCreatedTime().toInstant(),
                o.getLastUpdatedTime().toInstant(),
                amazonStatus,
                status,
                FulfillmentChannel.fromAmazon(o.getFulfillment().getFulfilledBy()),
                shipBy,
                deliverBy,
                total,
                items);
        return new Mapped(order, buyer(o, order, now));
    }

    private static io.sellersync.messages.orders.OrderItem item(String orderId, OrderItem item, String currency) {
        if (item.getOrderItemId() == null) {
            throw new MalformedOrder("Order " + orderId + " has an item without an orderItemId");
        }
        int ordered = item.getQuantityOrdered() == null ? 0 : item.getQuantityOrdered();
        int shipped = item.getFulfillment() == null || item.getFulfillment().getQuantityFulfilled() == null
                ? 0
                : item.getFulfillment().getQuantityFulfilled();
        var product = item.getProduct();
        Money unit = product == null || product.getPrice() == null
                ? null
                : money(
                        orderId,
                        "orderItems.product.price.unitPrice",
                        product.getPrice().getUnitPrice());
        Money line =
                unit == null ? null : new Money(unit.amount().multiply(BigDecimal.valueOf(ordered)), unit.currency());
        List<String> promotionIds = item.getPromotion() == null
                ? List.of()
                : item.getPromotion().getBreakdowns().stream()
                        .map(ItemPromotionBreakdown::getPromotionId)
                        .filter(Objects::nonNull)
                        .toList();
        Money discount = null;
        if (item.getProceeds() != null) {
            for (ItemProceedsBreakdown b : item.getProceeds().getBreakdowns()) {
                if ("DISCOUNT".equals(b.getType()) && b.getSubtotal() != null) {
                    discount = money(orderId, "orderItems.proceeds.breakdowns.subtotal", b.getSubtotal());
                }
            }
        }
        return new io.sellersync.messages.orders.OrderItem(
                item.getOrderItemId(),
                product == null ? null : product.getAsin(),
                product == null ? null : product.getSellerSku(),
                product == null ? null : product.getTitle(),
                ordered,
                shipped,
                unit,
                line,
                promotionIds,
                discount);
    }

    /** The PII half, or null when Amazon sent none (no PII roles, or not asked for). */
    private static BuyerData buyer(Order o, AmazonOrder order, Instant now) {
        var buyer = o.getBuyer();
        var address = o.getRecipient() == null ? null : o.getRecipient().getDeliveryAddress();
        if (buyer == null && address == null) {
            return null;
        }
        BuyerData data = new BuyerData(
                buyer == null ? null : buyer.getBuyerName(),
                buyer == null ? null : buyer.getBuyerEmail(),
                address == null ? null : address.getName(),
                address == null ? null : address.getAddressLine1(),
                address == null ? null : address.getAddressLine2(),
                address == null ? null : address.getCity(),
                address == null ? null : address.getPostalCode(),
                address == null ? null : address.getCountryCode(),
                address == null ? null : address.getPhone(),
                deliveredAt(o, order, now));
        return data.isEmpty() ? null : data;
    }

    /**
     * When the order counts as delivered for the PII retention: now when a package says delivered, else the end of
     * the promised delivery window of a shipped order (Amazon-fulfilled orders have no packages, and a merchant
     * package's delivery is not always re-read), the last update for a cancelled one; null while on its way. The
     * first time known is kept.
     */
    static Instant deliveredAt(Order o, AmazonOrder order, Instant now) {
        for (OrderPackage p : o.getPackages()) {
            if (p.getPackageStatus() != null
                    && p.getPackageStatus().getStatus() != null
                    && "DELIVERED".equals(p.getPackageStatus().getStatus().getValue())) {
                return now;
            }
        }
        if (order.status() == OrderStatus.CANCELLED) {
            return order.lastUpdatedTime();
        }
        if (order.status() == OrderStatus.SHIPPED) {
            return order.deliverBy() != null ? order.deliverBy() : order.lastUpdatedTime();
        }
        return null;
    }

    private static Instant latest(DateTimeRange range) {
        OffsetDateTime t = range == null ? null : range.getLatestDateTime();
        return t == null ? null : t.toInstant();
    }

    private static Money money(String orderId, String field, io.sellersync.integration.spapi.generated.orders.Money m) {
        if (m == null || m.getAmount() == null || m.getCurrencyCode() == null) {
            return null;
        }
        try {
            return Money.of(m.getAmount().strip(), m.getCurrencyCode().strip());
        } catch (IllegalArgumentException e) {
            throw new MalformedOrder("Order " + orderId + " has an unreadable " + field + ": " + m.getAmount() + " "
                    + m.getCurrencyCode());
        }
    }
}
