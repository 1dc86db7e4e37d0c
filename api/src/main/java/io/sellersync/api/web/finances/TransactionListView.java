// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.finances;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the Transactions page shows (filters, date preset or range, search, sort, page) and the links that keep it
 * while changing one thing; the CSV export takes the same filter.
 */
public record TransactionListView(
        String account,
        String type,
        String status,
        String marketplace,
        String preset,
        String from,
        String to,
        String search,
        boolean uncategorised,
        String sort,
        boolean desc,
        int page) {

    static final Set<String> SORTS = Set.of("postedDate", "type", "status", "total", "net", "fees", "orderId");

    static String knownSort(String sort) {
        return sort != null && SORTS.contains(sort) ? sort : null;
    }

    public boolean filtered() {
        return account != null
                || type != null
                || status != null
                || marketplace != null
                || (preset != null && !preset.equals("all"))
                || from != null
                || to != null
                || search != null
                || uncategorised;
    }

    public String pageLink(int target) {
        return link("/transactions", sort, desc, target);
    }

    public String sortLink(String column) {
        boolean descending = column.equals(sort) ? !desc : !column.equals("type") && !column.equals("orderId");
        return link("/transactions", column, descending, 0);
    }

    public String arrow(String column) {
        String current = sort == null ? "postedDate" : sort;
        if (!column.equals(current)) {
            return "";
        }
        return sort == null || desc ? "▼" : "▲";
    }

    public String exportLink() {
        return link("/transactions/export.csv", sort, desc, -1);
    }

    private String link(String path, String sortBy, boolean descending, int target) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("account", account);
        params.put("type", type);
        params.put("status", status);
        params.put("marketplace", marketplace);
        params.put("preset", preset);
        params.put("from", from);
        params.put("to", to);
        params.put("search", search);
        params.put("uncategorised", uncategorised ? "true" : null);
        params.put("sort", sortBy);
        params.put("desc", sortBy == null ? null : Boolean.toString(descending));
        params.put("page", target > 0 ? Integer.toString(target) : null);
        params.forEach((key, value) -> {
            if (value != null) {
                uri.queryParam(key, value);
            }
        });
        return uri.encode().build().toUriString();
    }
}
