// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads transactions the way a client does (every page of {@code listTransactions}, per marketplace) and checks the
 * breakdown invariants a reconciliation relies on.
 */
public final class Ledgers {

    private Ledgers() {}

    /** Every transaction posted after {@code query}'s {@code postedAfter}, all pages, in each marketplace given. */
    public static List<JsonNode> all(Http http, String token, String query, String... marketplaceIds) {
        List<JsonNode> all = new ArrayList<>();
        for (String marketplace : marketplaceIds) {
            String base = "/finances/2024-06-19/transactions?" + query + "&marketplaceId=" + marketplace;
            JsonNode page = page(http, base, token);
            page.at("/payload/transactions").forEach(all::add);
            while (page.at("/payload/nextToken").isTextual()) {
                page = page(
                        http,
                        base + "&nextToken=" + page.at("/payload/nextToken").asText(),
                        token);
                page.at("/payload/transactions").forEach(all::add);
            }
        }
        return all;
    }

    private static JsonNode page(Http http, String path, String token) {
        Http.Response response = http.get(path, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    public static String type(JsonNode transaction) {
        return transaction.get("transactionType").asText();
    }

    public static BigDecimal total(JsonNode transaction) {
        return transaction.at("/totalAmount/currencyAmount").decimalValue();
    }

    /** The node reached by following breakdown types from the top, e.g. {@code "Expenses", "AmazonFees"}. */
    public static Optional<JsonNode> node(JsonNode transaction, String... types) {
        JsonNode current = transaction;
        for (String type : types) {
            JsonNode next = null;
            for (JsonNode child : current.path("breakdowns")) {
                if (child.get("breakdownType").asText().equals(type)) {
                    next = child;
                }
            }
            if (next == null) {
                return Optional.empty();
            }
            current = next;
        }
        return Optional.of(current);
    }

    /** The amount of the node at that path, zero when the transaction has none. */
    public static BigDecimal amount(JsonNode transaction, String... types) {
        return node(transaction, types)
                .map(n -> n.at("/breakdownAmount/currencyAmount").decimalValue())
                .orElse(BigDecimal.ZERO);
    }

    /** Asserts that every node with children carries exactly their sum, at every depth. */
    public static void assertTreeAddsUp(String where, JsonNode breakdowns) {
        for (JsonNode node : breakdowns) {
            JsonNode children = node.path("breakdowns");
            if (children.isArray() && !children.isEmpty()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (JsonNode child : children) {
                    sum = sum.add(child.at("/breakdownAmount/currencyAmount").decimalValue());
                }
                assertThat(node.at("/breakdownAmount/currencyAmount").decimalValue())
                        .as(where + " " + node.get("breakdownType").asText())
                        .isEqualByComparingTo(sum);
                assertTreeAddsUp(where, children);
            }
        }
    }
}
