// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.inventory;

import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list page's current filters, and the links that keep them: sort headers (a second click reverses), pages and
 * the CSV export of exactly what is shown.
 */
public record InventoryListView(
        String search, InventoryStatus status, ItemCondition condition, String sort, boolean desc, int page) {

    static final List<String> SORTS =
            List.of("localSku", "asin", "title", "condition", "price", "quantity", "status", "updatedAt");

    static String knownSort(String sort) {
        return sort != null && SORTS.contains(sort) ? sort : null;
    }

    /** The header link for a column: sort by it ascending, or reverse it when it is already the sort. */
    public String sortLink(String column) {
        boolean reverse = column.equals(sort) && !desc;
        return link("/inventory", column, reverse, 0);
    }

    /** "▲" or "▼" on the sorted column. */
    public String arrow(String column) {
        return column.equals(sort) ? (desc ? "▼" : "▲") : "";
    }

    public String pageLink(int target) {
        return link("/inventory", sort, desc, target);
    }

    public String exportLink() {
        return link("/inventory/export.csv", sort, desc, -1);
    }

    private String link(String path, String sortBy, boolean descending, int target) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (search != null) {
            uri.queryParam("search", search);
        }
        if (status != null) {
            uri.queryParam("status", status.name());
        }
        if (condition != null) {
            uri.queryParam("condition", condition.name());
        }
        if (sortBy != null) {
            uri.queryParam("sort", sortBy);
            uri.queryParam("desc", descending);
        }
        if (target > 0) {
            uri.queryParam("page", target);
        }
        return uri.encode().build().toUriString();
    }
}
