// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.orders;

import io.sellersync.api.finances.FinanceInputs;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.orders.AmazonOrderId;
import io.sellersync.messages.orders.FulfillmentChannel;
import io.sellersync.messages.orders.LinkState;
import io.sellersync.messages.orders.OrderFilter;
import io.sellersync.messages.orders.OrderStatus;
import io.sellersync.messages.orders.ReleaseReason;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.MarketplaceId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The order inputs the pages and GraphQL share, each refusal naming its field: the filter (status, marketplace,
 * channel, purchase range, linked/unmatched, search), order ids, release reasons. Dates as in {@link FinanceInputs}.
 */
public final class OrderInputs {

    private OrderInputs() {}

    public static OrderFilter filter(
            String prefix,
            String accountId,
            String status,
            String marketplaceId,
            String channel,
            String purchasedFrom,
            String purchasedTo,
            String link,
            String search) {
        Instant from = FinanceInputs.instant(prefix + "purchasedFrom", purchasedFrom);
        Instant to = FinanceInputs.instant(prefix + "purchasedTo", purchasedTo);
        if (from != null && to != null && !to.isAfter(from)) {
            throw BusinessException.invalid(
                    prefix + "purchasedTo", "The range must end after it starts (" + from + ")");
        }
        return new OrderFilter(
                blank(accountId) ? null : new AccountId(accountId.strip()),
                parse(prefix + "status", status, OrderStatus.class),
                blank(marketplaceId) ? null : new MarketplaceId(marketplaceId.strip()),
                parse(prefix + "channel", channel, FulfillmentChannel.class),
                from,
                to,
                parse(prefix + "link", link, LinkState.class),
                blank(search) ? null : search.strip());
    }

    /** sellersync's order id ({@code account@amazonOrderId}); refused naming {@code field} when blank or malformed. */
    public static AmazonOrderId orderId(String field, String value) {
        if (blank(value) || !value.contains("@")) {
            throw BusinessException.invalid(field, "Give sellersync's order id (account@amazon-order-id)");
        }
        return new AmazonOrderId(value.strip());
    }

    public static ReleaseReason reason(String field, String value) {
        ReleaseReason reason = parse(field, value, ReleaseReason.class);
        return reason == null ? ReleaseReason.RETURNED : reason;
    }

    public static AccountId requiredAccount(String field, String id) {
        if (blank(id)) {
            throw BusinessException.invalid(field, "Say which account");
        }
        return new AccountId(id.strip());
    }

    public static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid(
                    field,
                    "Choose one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
