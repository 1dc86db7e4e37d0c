// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.orders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellersync.emulator.world.Marketplace;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Renders an order as Orders 2026-01-01 shows it, block by block as {@code includedData} asks and nothing more: buyer
 * data only under {@code BUYER} and {@code RECIPIENT}. {@code EXPENSE} adds nothing in the UK and DE because its only
 * content, Amazon Points, exists only in Japan; {@code TAX}, {@code PAYMENT} and {@code FULFILLMENT_ORDERS} are
 * accepted and not rendered.
 */
@Component
class OrderRenderer {

    static final Duration SHIP_BY = Duration.ofDays(2);
    static final Duration DELIVER_BY = Duration.ofDays(5);
    static final Duration IN_TRANSIT = Duration.ofDays(3);

    private final ObjectMapper json;
    private final Proceeds proceeds;

    OrderRenderer(ObjectMapper json, Proceeds proceeds) {
        this.json = json;
        this.proceeds = proceeds;
    }

    ObjectNode render(Order order, List<String> included, Instant now) {
        ObjectNode node = json.createObjectNode();
        node.put("orderId", order.orderId());
        node.put("createdTime", order.createdTime().toString());
        node.put("lastUpdatedTime", order.lastUpdatedTime().toString());
        ArrayNode programs = node.putArray("programs");
        if (order.fulfilledByAmazon()) {
            programs.add("PRIME");
        }
        ObjectNode channel = node.putObject("salesChannel");
        channel.put("channelName", "AMAZON");
        channel.put("marketplaceId", order.marketplaceId());
        channel.put(
                "marketplaceName",
                Marketplace.byId(order.marketplaceId())
                        .map(Marketplace::displayName)
                        .orElse(order.marketplaceId()));
        if (included.contains("BUYER")) {
            node.putObject("buyer").put("buyerName", order.buyerName()).put("buyerEmail", order.buyerEmail());
        }
        if (included.contains("RECIPIENT")) {
            node.putObject("recipient")
                    .putObject("deliveryAddress")
                    .put("name", order.buyerName())
                    .put("addressLine1", "1 Example Street")
                    .put("city", order.city())
                    .put("postalCode", order.postalCode())
                    .put("countryCode", order.countryCode())
                    .put("addressType", "RESIDENTIAL");
        }
        if (included.contains("PROCEEDS")) {
            node.set("proceeds", proceeds.order(order));
        }
        if (included.contains("FULFILLMENT")) {
            fulfillment(node.putObject("fulfillment"), order);
        }
        ArrayNode items = node.putArray("orderItems");
        order.lines().forEach(line -> item(items.addObject(), order, line, included));
        if (included.contains("PACKAGES") && !order.fulfilledByAmazon() && shipped(order)) {
            packages(node.putArray("packages"), order, now);
        }
        return node;
    }

    private void item(ObjectNode item, Order order, Order.Line line, List<String> included) {
        item.put("orderItemId", line.orderItemId());
        item.put("quantityOrdered", line.quantity());
        ObjectNode product = item.putObject("product");
        product.put("asin", line.asin());
        if (line.title() != null) {
            product.put("title", line.title());
        }
        product.put("sellerSku", line.sku());
        product.putObject("condition").put("conditionType", condition(line.conditionType()));
        Proceeds.money(product.putObject("price").putObject("unitPrice"), line.unitPrice(), order.currency());
        if (included.contains("PROCEEDS")) {
            item.set("proceeds", proceeds.item(order));
        }
        if (included.contains("PROMOTION") && order.promotionId() != null) {
            item.putObject("promotion").putArray("breakdowns").addObject().put("promotionId", order.promotionId());
        }
        if (included.contains("CANCELLATION") && "CANCELLED".equals(order.fulfillmentStatus())) {
            ObjectNode cancellation = item.putObject("cancellation");
            cancellation
                    .putObject("cancellationRequest")
                    .put("requester", "BUYER")
                    .put("cancelReason", "Order no longer needed");
            cancellation
                    .putObject("cancellationExecution")
                    .put("cancelledBy", order.fulfilledBy())
                    .put("cancelReason", "Buyer requested cancellation");
        }
        if (included.contains("FULFILLMENT")) {
            boolean shipped = shipped(order);
            boolean cancelled = "CANCELLED".equals(order.fulfillmentStatus());
            item.putObject("fulfillment")
                    .put("quantityFulfilled", shipped ? line.quantity() : 0)
                    .put("quantityUnfulfilled", shipped || cancelled ? 0 : line.quantity());
        }
    }

    private static void fulfillment(ObjectNode fulfillment, Order order) {
        fulfillment.put("fulfillmentStatus", order.fulfillmentStatus());
        fulfillment.put("fulfilledBy", order.fulfilledBy());
        fulfillment.put("fulfillmentServiceLevel", order.fulfilledByAmazon() ? "EXPEDITED" : "STANDARD");
        window(
                fulfillment.putObject("shipByWindow"),
                order.createdTime(),
                order.createdTime().plus(SHIP_BY));
        window(
                fulfillment.putObject("deliverByWindow"),
                order.createdTime().plus(SHIP_BY),
                order.createdTime().plus(DELIVER_BY));
    }

    /** One package per shipped merchant-fulfilled order, from the seller's warehouse; delivered three days later. */
    private static void packages(ArrayNode packages, Order order, Instant now) {
        boolean uk = Marketplace.UK.id().equals(order.marketplaceId());
        Instant shipped = order.lastUpdatedTime();
        ObjectNode pkg = packages.addObject();
        pkg.put("packageReferenceId", "1");
        pkg.put("createdTime", shipped.toString());
        boolean delivered = !now.isBefore(shipped.plus(IN_TRANSIT));
        pkg.putObject("packageStatus")
                .put("status", delivered ? "DELIVERED" : "IN_TRANSIT")
                .put("detailedStatus", delivered ? "DELIVERED" : "PICKED_UP");
        pkg.put("carrier", uk ? "Royal Mail" : "DHL");
        pkg.put("shipTime", shipped.toString());
        pkg.put("shippingService", uk ? "Royal Mail Tracked 48" : "DHL Paket");
        pkg.put("trackingNumber", trackingNumber(order, uk));
        pkg.putObject("shipFromAddress")
                .put("name", "Seller warehouse")
                .put("addressLine1", "Unit 7, Riverside Trading Estate")
                .put("city", "Leeds")
                .put("postalCode", "LS11 5QP")
                .put("countryCode", "GB");
        ArrayNode contents = pkg.putArray("packageItems");
        order.lines()
                .forEach(line -> contents.addObject()
                        .put("orderItemId", line.orderItemId())
                        .put("quantity", line.quantity()));
    }

    private static String trackingNumber(Order order, boolean uk) {
        String digits = order.orderId().replace("-", "").substring(3, 12);
        return uk ? "RR" + digits + "GB" : "00340" + digits + "0";
    }

    private static boolean shipped(Order order) {
        return "SHIPPED".equals(order.fulfillmentStatus());
    }

    private static void window(ObjectNode node, Instant earliest, Instant latest) {
        node.put("earliestDateTime", earliest.toString());
        node.put("latestDateTime", latest.toString());
    }

    private static String condition(String conditionType) {
        return conditionType.startsWith("new") ? "New" : conditionType.startsWith("used") ? "Used" : "Collectible";
    }
}
