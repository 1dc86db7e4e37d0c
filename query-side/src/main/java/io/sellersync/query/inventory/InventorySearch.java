// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.inventory;

import io.sellersync.messages.inventory.InventoryPage;
import io.sellersync.messages.inventory.SearchInventoryQuery;
import io.sellersync.messages.shared.BusinessException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * Server-side filter, sort and paging of the inventory. Sorting goes through a whitelist of the columns the query
 * names, so no user text reaches an ORDER BY; the page size is capped so one request cannot load the whole table.
 */
final class InventorySearch {

    static final int MAX_SIZE = 200;

    private static final Map<String, String> SORTS = Map.of(
            "localSku", "localSku",
            "asin", "asin",
            "title", "title",
            "condition", "condition",
            "price", "priceAmount",
            "quantity", "quantity",
            "status", "status",
            "updatedAt", "updatedAt");

    private final InventoryItemRepository items;

    InventorySearch(InventoryItemRepository items) {
        this.items = items;
    }

    InventoryPage page(SearchInventoryQuery query) {
        if (query.page() < 0) {
            throw BusinessException.invalid("page", "page must not be negative");
        }
        if (query.size() < 1 || query.size() > MAX_SIZE) {
            throw BusinessException.invalid("size", "size must be between 1 and " + MAX_SIZE);
        }
        Page<InventoryItemEntity> page =
                items.findAll(filter(query), PageRequest.of(query.page(), query.size(), sort(query)));
        return new InventoryPage(
                page.map(InventoryItemEntity::toView).getContent(),
                page.getTotalElements(),
                query.page(),
                query.size());
    }

    private static Sort sort(SearchInventoryQuery query) {
        if (query.sort() == null || query.sort().isBlank()) {
            return Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("itemId"));
        }
        String property = SORTS.get(query.sort());
        if (property == null) {
            throw BusinessException.invalid(
                    "sort", "sort by one of localSku, asin, title, condition, price, quantity, status, updatedAt");
        }
        Sort.Direction direction = query.descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
        return Sort.by(new Sort.Order(direction, property), Sort.Order.asc("itemId"));
    }

    private static Specification<InventoryItemEntity> filter(SearchInventoryQuery query) {
        List<Specification<InventoryItemEntity>> parts = new ArrayList<>();
        if (query.text() != null && !query.text().isBlank()) {
            String pattern = "%" + escape(query.text().strip().toLowerCase(Locale.ROOT)) + "%";
            parts.add((root, q, cb) -> cb.or(
                    cb.like(cb.lower(root.get("localSku")), pattern, '\\'),
                    cb.like(cb.lower(root.get("asin")), pattern, '\\'),
                    cb.like(cb.lower(root.get("title")), pattern, '\\')));
        }
        if (query.status() != null) {
            parts.add((root, q, cb) -> cb.equal(root.get("status"), query.status()));
        }
        if (query.condition() != null) {
            parts.add((root, q, cb) -> cb.equal(root.get("condition"), query.condition()));
        }
        return Specification.allOf(parts);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
