// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that says what the money in a Finances breakdown tree is: an explicit registry of breakdown types.
 * A type is either a <em>category</em> (the node's whole amount belongs to it, and the walk never descends into it,
 * so a parent and its children are never both counted) or a <em>group</em> (the walk descends into its children; what
 * the children do not explain goes to the group's fallback category, or stays uncategorised). A type the registry does
 * not know is uncategorised and named, never lumped silently into a category. Types match ignoring case, spaces and
 * punctuation, so Amazon's {@code "FBA fees"} and {@code FBAFees} are one entry.
 *
 * <p>The command side uses it to report unknown types; the projections use it to compute every figure, so changing a
 * rule and replaying recomputes them all from the event store.
 */
public final class FeeRules {

    /** A registry entry: {@code group} entries are descended into, {@code category} is where the money goes. */
    public record Rule(String type, FeeCategory category, boolean group) {}

    static final String REMAINDER = " (parts do not add up)";
    static final String GAP = "(breakdown does not add up to the total)";

    private static final Set<String> REFUND_TYPES =
            Set.of("refund", "chargeback", "chargebackrefund", "guaranteeclaim", "atozguaranteeclaim");

    private final Map<String, Rule> rules;

    private FeeRules(Map<String, Rule> rules) {
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** The built-in registry: the types the emulator and Amazon's documentation and reports use. */
    public static FeeRules defaults() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        group(rules, null, "Sales", "Expenses", "AmazonFees", "Amazon fees", "Fees", "OtherTransactions");
        group(rules, FeeCategory.PRODUCT_SALES, "ProductCharges", "Product Charges");
        group(rules, FeeCategory.SHIPPING_CREDITS, "Shipping", "ShippingCharges");
        group(rules, FeeCategory.GIFT_WRAP_CREDITS, "GiftWrap", "Giftwrap charges");
        group(rules, FeeCategory.PROMOTIONS, "Promotions", "PromotionDiscounts");
        group(rules, FeeCategory.SERVICE_FEES, "ServiceFees", "Service fees");
        group(rules, FeeCategory.TAX, "Taxes", "TaxesWithheld");
        category(rules, FeeCategory.PRODUCT_SALES, "Principal", "Principle", "ProductSales", "ItemPrice");
        category(rules, FeeCategory.SHIPPING_CREDITS, "ShippingCharge", "ShippingCredits", "ReturnShipping");
        category(rules, FeeCategory.GIFT_WRAP_CREDITS, "Giftwrap charge", "GiftwrapCredits");
        category(rules, FeeCategory.PROMOTIONS, "PromotionDiscount", "Discount", "PromotionRebates");
        category(
                rules,
                FeeCategory.TAX,
                "Tax",
                "ShippingTax",
                "GiftwrapTax",
                "PromotionDiscountTax",
                "TaxDiscount",
                "VAT",
                "MarketplaceFacilitatorTax-Principal",
                "MarketplaceFacilitatorTax-Shipping",
                "MarketplaceFacilitatorTax-Giftwrap",
                "MarketplaceFacilitatorTax-Other",
                "MarketplaceFacilitatorVAT-Principal",
                "MarketplaceFacilitatorVAT-Shipping",
                "LowValueGoodsTax-Principal",
                "LowValueGoodsTax-Shipping");
        category(rules, FeeCategory.COMMISSION, "Commission", "ReferralFee", "Referral fees");
        category(rules, FeeCategory.DIGITAL_SERVICES_FEE, "DigitalServicesFee", "DigitalServicesFeeFBA");
        category(rules, FeeCategory.CLOSING_FEES, "VariableClosingFee", "FixedClosingFee", "PerItemFee");
        category(
                rules,
                FeeCategory.FBA_FEES,
                "FBA fees",
                "FBAPerUnitFulfillmentFee",
                "FBAPerOrderFulfillmentFee",
                "FBAWeightBasedFee",
                "FBAPickAndPackFee",
                "FBAStorageFee",
                "FBALongTermStorageFee",
                "FBAInboundTransportationFee",
                "FBARemovalFee",
                "FBADisposalFee",
                "FulfillmentFee");
        category(rules, FeeCategory.SHIPPING_FEES, "ShippingLabelPurchase", "PostageBilling", "ShippingHB");
        category(rules, FeeCategory.REFUND_FEES, "RefundAdministrationFee", "RefundCommission");
        category(rules, FeeCategory.SERVICE_FEES, "Subscription", "SubscriptionFee", "HighVolumeListingFee");
        category(rules, FeeCategory.ADVERTISING, "ProductAdsPayment", "SponsoredProducts", "Advertising");
        category(rules, FeeCategory.OTHER_FEES, "OtherFees", "StorageRenewalBilling");
        category(
                rules,
                FeeCategory.REIMBURSEMENTS,
                "FBAInventoryReimbursement",
                "LostOrDamagedReimbursement",
                "SAFE-TReimbursement",
                "Goodwill");
        category(
                rules,
                FeeCategory.RESERVE,
                "Reserve",
                "ReserveHold",
                "ReserveRelease",
                "CurrentReserveAmount",
                "PreviousReserveAmountBalance",
                "AccountLevelReserve");
        category(rules, FeeCategory.PAYOUT, "Transfer", "Disbursement", "Payout", "AdhocDisbursement");
        return new FeeRules(rules);
    }

    /**
     * This registry with entries added or replaced, from configuration: {@code type → CATEGORY}, {@code type → GROUP}
     * or {@code type → GROUP:CATEGORY} (a group whose unexplained rest goes to the category).
     *
     * @throws IllegalArgumentException naming the type when the value is not a category or group
     */
    public FeeRules with(Map<String, String> overrides) {
        Map<String, Rule> next = new LinkedHashMap<>(rules);
        overrides.forEach((type, value) -> next.put(normalise(type), parse(type, value)));
        return new FeeRules(next);
    }

    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<Rule> rule(String type) {
        return Optional.ofNullable(rules.get(normalise(type)));
    }

    /** Whether a transaction type is a refund: its {@code Sales} are refunds, not sales. */
    public static boolean isRefund(String transactionType) {
        return transactionType != null && REFUND_TYPES.contains(normalise(transactionType));
    }

    /** The figures of a whole transaction. */
    public TransactionFigures figures(AmazonTransaction transaction) {
        return figures(transaction.type(), transaction.total().amount(), transaction.breakdowns());
    }

    /** The figures of one item of a transaction of {@code transactionType}. */
    public TransactionFigures figures(TransactionItem item, String transactionType) {
        BigDecimal total = item.total() != null ? item.total() : sum(item.breakdowns());
        return figures(transactionType, total, item.breakdowns());
    }

    /** The figures of a tree with the given total. */
    public TransactionFigures figures(String transactionType, BigDecimal total, List<BreakdownNode> breakdowns) {
        Walk walk = new Walk();
        BigDecimal top = BigDecimal.ZERO;
        BigDecimal sales = BigDecimal.ZERO;
        for (BreakdownNode node : breakdowns) {
            walk.visit(node);
            top = top.add(node.amount());
            if (normalise(node.type()).equals("sales")) {
                sales = sales.add(node.amount());
            }
        }
        BigDecimal gap = total.subtract(top);
        if (gap.signum() != 0) {
            walk.uncategorised = walk.uncategorised.add(gap);
            walk.unknown.add(GAP);
        }
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal reserve = BigDecimal.ZERO;
        BigDecimal payouts = BigDecimal.ZERO;
        for (Map.Entry<FeeCategory, BigDecimal> e : walk.categories.entrySet()) {
            switch (e.getKey().kind()) {
                case FEE -> fees = fees.add(e.getValue());
                case RESERVE -> reserve = reserve.add(e.getValue());
                case PAYOUT -> payouts = payouts.add(e.getValue());
                default -> {}
            }
        }
        boolean refund = isRefund(transactionType);
        return new TransactionFigures(
                total,
                refund ? BigDecimal.ZERO : sales,
                refund ? sales : BigDecimal.ZERO,
                fees,
                reserve,
                payouts,
                walk.uncategorised,
                total.subtract(reserve).subtract(payouts),
                walk.categories,
                List.copyOf(walk.unknown));
    }

    /** The tree walk: categories take a node whole; groups are descended into; anything else is uncategorised. */
    private final class Walk {
        final Map<FeeCategory, BigDecimal> categories = new EnumMap<>(FeeCategory.class);
        final Set<String> unknown = new LinkedHashSet<>();
        BigDecimal uncategorised = BigDecimal.ZERO;

        void visit(BreakdownNode node) {
            Rule rule = rules.get(normalise(node.type()));
            if (rule == null) {
                uncategorised = uncategorised.add(node.amount());
                unknown.add(node.type());
            } else if (!rule.group()) {
                categories.merge(rule.category(), node.amount(), BigDecimal::add);
            } else {
                node.breakdowns().forEach(this::visit);
                BigDecimal rest = node.amount().subtract(sum(node.breakdowns()));
                if (rest.signum() != 0) {
                    if (rule.category() != null) {
                        categories.merge(rule.category(), rest, BigDecimal::add);
                    } else {
                        uncategorised = uncategorised.add(rest);
                        unknown.add(node.type() + REMAINDER);
                    }
                }
            }
        }
    }

    /** Lower case without spaces and punctuation: {@code "FBA fees"} and {@code FBAFees} are one type. */
    public static String normalise(String type) {
        StringBuilder key = new StringBuilder(type.length());
        for (char c : type.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static BigDecimal sum(List<BreakdownNode> nodes) {
        return nodes.stream().map(BreakdownNode::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Rule parse(String type, String value) {
        String text = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        try {
            if (text.equals("GROUP")) {
                return new Rule(type, null, true);
            }
            if (text.startsWith("GROUP:")) {
                return new Rule(type, FeeCategory.valueOf(text.substring(6).trim()), true);
            }
            return new Rule(type, FeeCategory.valueOf(text), false);
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (FeeCategory c : FeeCategory.values()) {
                names.add(c.name());
            }
            throw new IllegalArgumentException("Breakdown type '" + type + "': '" + value
                    + "' is not GROUP, GROUP:<category> or a category (" + String.join(", ", names) + ")");
        }
    }

    private static void group(Map<String, Rule> rules, FeeCategory fallback, String... types) {
        for (String type : types) {
            rules.put(normalise(type), new Rule(type, fallback, true));
        }
    }

    private static void category(Map<String, Rule> rules, FeeCategory category, String... types) {
        for (String type : types) {
            rules.put(normalise(type), new Rule(type, category, false));
        }
    }
}
