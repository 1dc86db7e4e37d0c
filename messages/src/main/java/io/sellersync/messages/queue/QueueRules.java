// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.shared.BusinessError;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.Marketplace;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The eligibility rules of a queue entry in one place, so the {@code QueueItem} aggregate refuses with exactly the
 * words the add-to-queue service reports per item in a bulk add. Each check returns the refusal (field and sentence),
 * or null when the value is fine.
 */
public final class QueueRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private QueueRules() {}

    /** The first rule the item breaks for this marketplace and guard rails, or null. */
    public static BusinessError eligibility(
            ItemSnapshot item, MarketplaceId marketplaceId, boolean reprice, GuardRails guardRails) {
        BusinessError error = asin(item.asin());
        if (error == null) {
            error = price(item.price(), marketplaceId);
        }
        if (error == null) {
            error = status(item.status(), reprice);
        }
        if (error == null) {
            error = guardRails(item.price(), guardRails);
        }
        return error;
    }

    public static BusinessError asin(String asin) {
        return asin == null || asin.isBlank() ? invalid("asin", "The item has no ASIN; add one to list it") : null;
    }

    public static BusinessError price(Money price, MarketplaceId marketplaceId) {
        if (price == null || !price.isPositive()) {
            return invalid("price", "The price must be more than 0");
        }
        Marketplace marketplace = Marketplaces.find(marketplaceId).orElse(null);
        if (marketplace == null) {
            return invalid("marketplaceId", "Unknown marketplace " + marketplaceId);
        }
        if (!marketplace.currency().equals(price.currency())) {
            return invalid(
                    "price",
                    "The price is in %s, but Amazon %s sells in %s"
                            .formatted(
                                    price.currency().getCurrencyCode(),
                                    marketplace.countryCode(),
                                    marketplace.currency().getCurrencyCode()));
        }
        return null;
    }

    public static BusinessError status(InventoryStatus status, boolean reprice) {
        if (status == InventoryStatus.BACKLOG || (status == InventoryStatus.LISTED && reprice)) {
            return null;
        }
        if (status == InventoryStatus.LISTED) {
            return invalid("status", "The item is already LISTED; use reprice to send a new price");
        }
        return invalid("status", "The item is " + status + "; only BACKLOG items can be queued");
    }

    public static BusinessError guardRails(Money price, GuardRails rails) {
        if (rails == null || price == null) {
            return null;
        }
        if (rails.floor() != null && price.amount().compareTo(rails.floor()) < 0) {
            return invalid(
                    "price",
                    "The price " + price + " is below the account's floor of "
                            + rails.floor().toPlainString());
        }
        if (rails.ceiling() != null && price.amount().compareTo(rails.ceiling()) > 0) {
            return invalid(
                    "price",
                    "The price " + price + " is above the account's ceiling of "
                            + rails.ceiling().toPlainString());
        }
        return null;
    }

    public static BusinessError sellerSku(String sellerSku) {
        return sellerSku == null || sellerSku.isBlank()
                ? invalid("sellerSku", "No seller SKU was resolved for the item")
                : null;
    }

    /** True when the price moves more than the guard rail's percentage against the live price. */
    public static boolean needsConfirmation(Money price, Money livePrice, GuardRails rails) {
        if (price == null || livePrice == null || !livePrice.isPositive()) {
            return false;
        }
        BigDecimal limit = (rails == null ? GuardRails.DEFAULT : rails).maxChangePercent();
        BigDecimal change = price.amount()
                .subtract(livePrice.amount())
                .abs()
                .multiply(HUNDRED)
                .divide(livePrice.amount(), MathContext.DECIMAL64);
        return change.compareTo(limit) > 0;
    }

    public static BusinessError alreadyQueued() {
        return new BusinessError(
                ErrorCode.CONFLICT, "itemId", "The item is already queued for this account and marketplace");
    }

    private static BusinessError invalid(String field, String message) {
        return new BusinessError(ErrorCode.INVALID_INPUT, field, message);
    }
}
