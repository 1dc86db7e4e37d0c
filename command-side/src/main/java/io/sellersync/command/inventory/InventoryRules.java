// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.inventory;

import io.sellersync.messages.inventory.InventoryFields;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.Money;

/**
 * The shape an inventory item must have. The field checks come from {@code InventoryFields}, shared with the CSV
 * import and the forms; each refusal names the field the seller has to fix.
 */
final class InventoryRules {

    private InventoryRules() {}

    static void requireDetails(
            String localSku, String asin, String title, ItemCondition condition, int quantity, String notes) {
        check("localSku", InventoryFields.localSkuProblem(localSku));
        check("asin", InventoryFields.asinProblem(asin));
        check("title", InventoryFields.titleProblem(title));
        if (condition == null) {
            throw BusinessException.invalid("condition", "condition is required");
        }
        check("quantity", InventoryFields.quantityProblem(quantity));
        check("notes", InventoryFields.notesProblem(notes));
    }

    static void requireStatus(InventoryStatus status) {
        if (status == null) {
            throw BusinessException.invalid("status", "status is required");
        }
    }

    /** A price may be missing (an unpriced backlog item); a present one is positive in its currency's minor units. */
    static void requirePrice(Money price) {
        if (price == null) {
            return;
        }
        requireMinorDigits("price", price);
        if (!price.isPositive()) {
            throw BusinessException.invalid("price", "price must be more than zero");
        }
    }

    static void requireCost(Money cost, Money price) {
        if (cost == null) {
            return;
        }
        requireMinorDigits("cost", cost);
        if (cost.amount().signum() < 0) {
            throw BusinessException.invalid("cost", "cost cannot be negative");
        }
        if (price != null && !price.currency().equals(cost.currency())) {
            throw BusinessException.invalid(
                    "cost",
                    "cost is in " + cost.currency().getCurrencyCode() + " but the price is in "
                            + price.currency().getCurrencyCode());
        }
    }

    /** The SKU is free, or already this item's. */
    static void requireFreeSku(LocalSkus skus, String localSku, InventoryItemId itemId) {
        skus.ownerOf(localSku).filter(owner -> !owner.equals(itemId)).ifPresent(owner -> {
            throw new BusinessException(
                    ErrorCode.CONFLICT, "localSku", "Local SKU " + localSku + " is already used by another item");
        });
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void requireMinorDigits(String field, Money money) {
        check(field, InventoryFields.amountProblem(field, money.amount(), money.currency()));
    }

    private static void check(String field, String problem) {
        if (problem != null) {
            throw BusinessException.invalid(field, problem);
        }
    }
}
