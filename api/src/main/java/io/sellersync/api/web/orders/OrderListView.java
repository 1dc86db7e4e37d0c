// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.orders;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the Orders page shows (filters, date preset or range, linked/unmatched, search, sort, page) and the links that
 * keep it while changing one thing.
 */
public record OrderListView(
        String account,
        String status,
        String marketplace,
        String channel,
        String preset,
        String from,
        String to,
        String link,
        String search,
        String sort,
        boolean desc,
        int page) {

    static final Set<String> SORTS = Set.of(
            "purchaseDate", "lastUpdatedTime", "status", "total", "shipBy", "amazonOrderId", "marketplace", "channel");

    static String knownSort(String sort) {
        return sort != null && SORTS.contains(sort) ? sort : null;
    }

    static OrderListView empty(String sort, boolean desc) {
        return new OrderListView(null, null, null, null, null, null, null, null, null, sort, desc, 0);
    }

    public boolean filtered() {
        return account != null
                || status != null
                || marketplace != null
                || channel != null
                || (preset != null && !preset.equals("all"))
                || from != null
                || to != null
                || link != null
                || search != null;
    }

    public String pageLink(int target) {
        return link(status, sort, desc, target);
    }

    /** The same list with another status (null: all statuses), from its first page. */
    public String statusLink(String other) {
        return link(other, sort, desc, 0);
    }

    public String sortLink(String column) {
        boolean descending = column.equals(sort)
                ? !desc
                : !column.equals("amazonOrderId")
                        && !column.equals("status")
                        && !column.equals("marketplace")
                        && !column.equals("channel");
        return link(status, column, descending, 0);
    }

    public String arrow(String column) {
        String current = sort == null ? "purchaseDate" : sort;
        if (!column.equals(current)) {
            return "";
        }
        return sort == null || desc ? "▼" : "▲";
    }

    private String link(String statusValue, String sortBy, boolean descending, int target) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/orders");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("account", account);
        params.put("status", statusValue);
        params.put("marketplace", marketplace);
        params.put("channel", channel);
        params.put("preset", preset);
        params.put("from", from);
        params.put("to", to);
        params.put("link", link);
        params.put("search", search);
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
