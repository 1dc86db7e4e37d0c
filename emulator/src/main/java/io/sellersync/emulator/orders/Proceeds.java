// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.orders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellersync.emulator.finances.OrderCharges;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * The {@code PROCEEDS} block, from the same {@link OrderCharges} the order's {@code Shipment} transaction is built
 * from, so {@code grandTotal} always equals that transaction's {@code Sales}: {@code ITEM}, {@code SHIPPING} and
 * {@code DISCOUNT} (negative) net of VAT, plus {@code TAX} with its {@code ITEM}/{@code SHIPPING}/{@code DISCOUNT}
 * parts. A cancelled order has no proceeds (zero). Orders have one item, so the item's proceeds are the order's.
 */
@Component
class Proceeds {

    private final ObjectMapper json;

    Proceeds(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode order(Order order) {
        return render(order, "grandTotal", false);
    }

    ObjectNode item(Order order) {
        return render(order, "proceedsTotal", true);
    }

    private ObjectNode render(Order order, String totalField, boolean detailed) {
        ObjectNode node = json.createObjectNode();
        OrderCharges charges = OrderCharges.of(order);
        boolean cancelled = "CANCELLED".equals(order.fulfillmentStatus());
        money(node.putObject(totalField), cancelled ? BigDecimal.ZERO.setScale(2) : charges.sales(), order.currency());
        ArrayNode breakdowns = node.putArray("breakdowns");
        if (!cancelled) {
            breakdowns(breakdowns, charges, detailed);
        }
        return node;
    }

    private static void breakdowns(ArrayNode into, OrderCharges charges, boolean detailed) {
        String currency = charges.currency();
        entry(into, "ITEM", charges.principal(), currency);
        if (charges.shippingTotal().signum() != 0) {
            entry(into, "SHIPPING", charges.shippingCharge(), currency);
        }
        if (charges.promotionTotal().signum() != 0) {
            entry(into, "DISCOUNT", charges.promotionDiscount(), currency);
        }
        ObjectNode tax = entry(into, "TAX", charges.taxTotal(), currency);
        if (detailed) {
            ArrayNode parts = tax.putArray("detailedBreakdowns");
            part(parts, "ITEM", charges.tax(), currency);
            part(parts, "SHIPPING", charges.shippingTax(), currency);
            part(parts, "DISCOUNT", charges.promotionDiscountTax(), currency);
        }
    }

    private static ObjectNode entry(ArrayNode into, String type, BigDecimal amount, String currency) {
        ObjectNode entry = into.addObject().put("type", type);
        money(entry.putObject("subtotal"), amount, currency);
        return entry;
    }

    private static void part(ArrayNode into, String subtype, BigDecimal amount, String currency) {
        if (amount.signum() != 0) {
            money(into.addObject().put("subtype", subtype).putObject("value"), amount, currency);
        }
    }

    static void money(ObjectNode node, BigDecimal amount, String currency) {
        node.put("amount", amount.toPlainString());
        node.put("currencyCode", currency);
    }
}
