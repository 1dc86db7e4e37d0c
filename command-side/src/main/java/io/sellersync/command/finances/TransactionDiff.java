// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.finances;

import io.sellersync.messages.finances.AmazonTransaction;
import io.sellersync.messages.finances.BreakdownNode;
import io.sellersync.messages.finances.RelatedIdentifier;
import io.sellersync.messages.finances.TransactionChange;
import io.sellersync.messages.finances.TransactionItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What Amazon changed in a transaction, field by field and breakdown node by node (a node by its path of types, so
 * {@code breakdowns/Expenses/AmazonFees/Commission}). Amounts compare by value, not scale: {@code 10.5} and
 * {@code 10.50} are the same money, so re-reading never invents a change.
 */
final class TransactionDiff {

    private TransactionDiff() {}

    static List<TransactionChange> between(AmazonTransaction before, AmazonTransaction after) {
        Map<String, String> old = flatten(before);
        Map<String, String> now = flatten(after);
        List<TransactionChange> changes = new ArrayList<>();
        List<String> ordered = new ArrayList<>(old.keySet());
        for (String key : now.keySet()) {
            if (!old.containsKey(key)) {
                ordered.add(key);
            }
        }
        for (String key : ordered) {
            String a = old.get(key);
            String b = now.get(key);
            if (!Objects.equals(a, b)) {
                changes.add(new TransactionChange(key, a, b));
            }
        }
        return changes;
    }

    private static Map<String, String> flatten(AmazonTransaction t) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "status", t.status());
        put(fields, "type", t.type());
        put(fields, "description", t.description());
        put(fields, "postedDate", t.postedDate());
        put(fields, "marketplaceId", t.marketplaceId());
        put(fields, "orderId", t.orderId());
        put(fields, "financialEventGroupId", t.financialEventGroupId());
        put(fields, "sku", t.sku());
        put(fields, "asin", t.asin());
        put(fields, "quantity", t.quantity());
        put(fields, "fulfillmentNetwork", t.fulfillmentNetwork());
        put(fields, "currency", t.currency());
        put(fields, "totalAmount", amount(t.total().amount()));
        put(fields, "deferralReason", t.deferralReason());
        put(fields, "maturityDate", t.maturityDate());
        Map<String, Integer> seen = new HashMap<>();
        for (RelatedIdentifier id : t.relatedIdentifiers()) {
            String key = "relatedIdentifiers/" + id.name();
            int n = seen.merge(key, 1, Integer::sum);
            put(fields, n == 1 ? key : key + "#" + n, id.value());
        }
        breakdowns(fields, "breakdowns", t.breakdowns());
        for (int i = 0; i < t.items().size(); i++) {
            TransactionItem item = t.items().get(i);
            String prefix = "items[" + i + "]/";
            put(fields, prefix + "description", item.description());
            put(fields, prefix + "sku", item.sku());
            put(fields, prefix + "asin", item.asin());
            put(fields, prefix + "quantity", item.quantity());
            put(fields, prefix + "fulfillmentNetwork", item.fulfillmentNetwork());
            put(fields, prefix + "totalAmount", item.total() == null ? null : amount(item.total()));
            breakdowns(fields, prefix + "breakdowns", item.breakdowns());
        }
        return fields;
    }

    private static void breakdowns(Map<String, String> fields, String path, List<BreakdownNode> nodes) {
        Map<String, Integer> seen = new HashMap<>();
        for (BreakdownNode node : nodes) {
            int n = seen.merge(node.type(), 1, Integer::sum);
            String key = path + "/" + node.type() + (n == 1 ? "" : "#" + n);
            put(fields, key, amount(node.amount()));
            breakdowns(fields, key, node.breakdowns());
        }
    }

    private static void put(Map<String, String> fields, String key, Object value) {
        if (value != null) {
            fields.put(key, value.toString());
        }
    }

    private static String amount(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return (plain.scale() < 2 ? plain.setScale(2) : plain).toPlainString();
    }
}
