// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.finances;

import io.sellersync.integration.spapi.generated.finances.Breakdown;
import io.sellersync.integration.spapi.generated.finances.Context;
import io.sellersync.integration.spapi.generated.finances.Currency;
import io.sellersync.integration.spapi.generated.finances.Item;
import io.sellersync.integration.spapi.generated.finances.RelatedIdentifier;
import io.sellersync.integration.spapi.generated.finances.Transaction;
import io.sellersync.messages.finances.AmazonTransaction;
import io.sellersync.messages.finances.BreakdownNode;
import io.sellersync.messages.finances.TransactionItem;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Amazon's {@code Transaction} (Finances 2024-06-19) into sellersync's {@link AmazonTransaction}: the normalized
 * fields from related identifiers and contexts, the breakdown trees as they are (amounts exact, a missing amount as
 * 0), every item. Every field of the model is optional; what sellersync cannot do without (id, posted date, total
 * with currency) is a {@link MalformedTransaction} that names the field. Amounts in another currency than the total
 * are refused too: figures never add different currencies.
 */
final class TransactionMapper {

    private TransactionMapper() {}

    /** A transaction sellersync cannot record as Amazon sent it. */
    static final class MalformedTransaction extends RuntimeException {
        MalformedTransaction(String message) {
            super(message);
        }
    }

    static AmazonTransaction map(Transaction t, String requestedMarketplace) {
        String id = t.getTransactionId();
        if (id == null || id.isBlank()) {
            throw new MalformedTransaction("Amazon sent a transaction without transactionId");
        }
        if (t.getPostedDate() == null) {
            throw new MalformedTransaction("Transaction " + id + " has no postedDate");
        }
        Currency total = t.getTotalAmount();
        if (total == null || total.getCurrencyCode() == null || total.getCurrencyAmount() == null) {
            throw new MalformedTransaction("Transaction " + id + " has no totalAmount with a currency");
        }
        String currency = total.getCurrencyCode();
        java.util.Currency unit;
        try {
            unit = java.util.Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new MalformedTransaction("Transaction " + id + " has an unknown currency '" + currency + "'");
        }
        List<io.sellersync.messages.finances.RelatedIdentifier> related = new ArrayList<>();
        for (RelatedIdentifier r :
                t.getRelatedIdentifiers() == null ? List.<RelatedIdentifier>of() : t.getRelatedIdentifiers()) {
            if (r.getRelatedIdentifierName() != null && r.getRelatedIdentifierValue() != null) {
                related.add(new io.sellersync.messages.finances.RelatedIdentifier(
                        r.getRelatedIdentifierName().getValue(), r.getRelatedIdentifierValue()));
            }
        }
        List<TransactionItem> items = new ArrayList<>();
        Context product = product(t.getContexts());
        for (Item item : t.getItems() == null ? List.<Item>of() : t.getItems()) {
            Context itemProduct = product(item.getContexts());
            if (product == null) {
                product = itemProduct;
            }
            items.add(new TransactionItem(
                    item.getDescription(),
                    itemProduct == null ? null : itemProduct.getSku(),
                    itemProduct == null ? null : itemProduct.getAsin(),
                    itemProduct == null ? null : itemProduct.getQuantityShipped(),
                    itemProduct == null ? null : itemProduct.getFulfillmentNetwork(),
                    amount(item.getTotalAmount(), currency, id),
                    nodes(item.getBreakdowns(), currency, id)));
        }
        Context deferred = context(t.getContexts(), "DeferredContext");
        String marketplace =
                t.getMarketplaceDetails() != null && t.getMarketplaceDetails().getMarketplaceId() != null
                        ? t.getMarketplaceDetails().getMarketplaceId()
                        : t.getSellingPartnerMetadata() != null
                                        && t.getSellingPartnerMetadata().getMarketplaceId() != null
                                ? t.getSellingPartnerMetadata().getMarketplaceId()
                                : requestedMarketplace;
        return new AmazonTransaction(
                id,
                t.getTransactionType(),
                t.getTransactionStatus(),
                t.getDescription(),
                t.getPostedDate().toInstant(),
                marketplace == null ? null : new MarketplaceId(marketplace),
                first(related, "ORDER_ID"),
                first(related, "FINANCIAL_EVENT_GROUP_ID"),
                product == null ? null : product.getSku(),
                product == null ? null : product.getAsin(),
                product == null ? null : product.getQuantityShipped(),
                product == null ? null : product.getFulfillmentNetwork(),
                new Money(total.getCurrencyAmount(), unit),
                nodes(t.getBreakdowns(), currency, id),
                items,
                related,
                deferred == null ? null : deferred.getDeferralReason(),
                deferred == null || deferred.getMaturityDate() == null ? null : instant(deferred));
    }

    private static Instant instant(Context deferred) {
        return deferred.getMaturityDate().toInstant();
    }

    private static List<BreakdownNode> nodes(List<Breakdown> breakdowns, String currency, String id) {
        List<BreakdownNode> nodes = new ArrayList<>();
        if (breakdowns != null) {
            for (Breakdown b : breakdowns) {
                BigDecimal amount = amount(b.getBreakdownAmount(), currency, id);
                nodes.add(new BreakdownNode(
                        b.getBreakdownType() == null ? "" : b.getBreakdownType(),
                        amount == null ? BigDecimal.ZERO : amount,
                        nodes(b.getBreakdowns(), currency, id)));
            }
        }
        return nodes;
    }

    private static BigDecimal amount(Currency amount, String currency, String id) {
        if (amount == null || amount.getCurrencyAmount() == null) {
            return null;
        }
        if (amount.getCurrencyCode() != null && !amount.getCurrencyCode().equals(currency)) {
            throw new MalformedTransaction("Transaction " + id + " mixes currencies (" + currency + " and "
                    + amount.getCurrencyCode() + "); sellersync never adds different currencies");
        }
        return amount.getCurrencyAmount();
    }

    private static Context product(List<Context> contexts) {
        return context(contexts, "ProductContext");
    }

    private static Context context(List<Context> contexts, String type) {
        if (contexts != null) {
            for (Context c : contexts) {
                if (type.equals(c.getContextType())) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String first(List<io.sellersync.messages.finances.RelatedIdentifier> related, String name) {
        return related.stream()
                .filter(r -> r.name().equals(name))
                .map(io.sellersync.messages.finances.RelatedIdentifier::value)
                .findFirst()
                .orElse(null);
    }
}
