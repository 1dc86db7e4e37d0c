// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.finances;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.finances.TransactionFilter;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.MarketplaceId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The finance inputs the pages and GraphQL share, each refusal naming its field: filters, dates (an ISO instant or a
 * plain date, meaning its midnight UTC), paging, and the date presets of the Transactions page.
 */
public final class FinanceInputs {

    /** Preset → label, in the order the page offers them. */
    public static final Map<String, String> PRESETS = presets();

    private FinanceInputs() {}

    /** A date-time or a plain date; null or blank is null. */
    public static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                throw BusinessException.invalid(
                        field, "'" + value + "' is not a date (2026-03-31) or an ISO date-time (2026-03-31T12:00:00Z)");
            }
        }
    }

    public static TransactionFilter filter(
            String prefix,
            String accountId,
            String type,
            String status,
            String marketplaceId,
            String postedFrom,
            String postedTo,
            String search,
            Boolean uncategorisedOnly) {
        Instant from = instant(prefix + "postedFrom", postedFrom);
        Instant to = instant(prefix + "postedTo", postedTo);
        if (from != null && to != null && !to.isAfter(from)) {
            throw BusinessException.invalid(prefix + "postedTo", "The range must end after it starts (" + from + ")");
        }
        return new TransactionFilter(
                blank(accountId) ? null : new AccountId(accountId.trim()),
                blank(type) ? null : type.trim(),
                blank(status) ? null : status.trim(),
                blank(marketplaceId) ? null : new MarketplaceId(marketplaceId.trim()),
                from,
                to,
                blank(search) ? null : search.trim(),
                Boolean.TRUE.equals(uncategorisedOnly));
    }

    public static int page(Integer page) {
        if (page != null && page < 0) {
            throw BusinessException.invalid("page", "Pages count from 0");
        }
        return page == null ? 0 : page;
    }

    public static int size(Integer size, int max) {
        if (size != null && (size < 1 || size > max)) {
            throw BusinessException.invalid("size", "Give a page size from 1 to " + max);
        }
        return size == null ? 50 : size;
    }

    /** The {@code [from, to)} of a preset (null ends are open); an unknown preset is refused. */
    public static Instant[] preset(String preset, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Instant now = clock.instant();
        return switch (preset == null ? "all" : preset) {
            case "all" -> new Instant[] {null, null};
            case "7d" -> new Instant[] {now.minusSeconds(7L * 86400), null};
            case "30d" -> new Instant[] {now.minusSeconds(30L * 86400), null};
            case "90d" -> new Instant[] {now.minusSeconds(90L * 86400), null};
            case "this-month" -> new Instant[] {midnight(today.withDayOfMonth(1)), null};
            case "last-month" ->
                new Instant[] {midnight(today.withDayOfMonth(1).minusMonths(1)), midnight(today.withDayOfMonth(1))};
            case "this-year" -> new Instant[] {midnight(today.withDayOfYear(1)), null};
            default ->
                throw BusinessException.invalid("preset", "Choose one of " + String.join(", ", PRESETS.keySet()));
        };
    }

    private static Instant midnight(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Map<String, String> presets() {
        Map<String, String> presets = new LinkedHashMap<>();
        presets.put("all", "All time");
        presets.put("7d", "Last 7 days");
        presets.put("30d", "Last 30 days");
        presets.put("90d", "Last 90 days");
        presets.put("this-month", "This month");
        presets.put("last-month", "Last month");
        presets.put("this-year", "This year");
        return java.util.Collections.unmodifiableMap(presets);
    }
}
