// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

/**
 * What a breakdown node's money is, in a seller's words, and of which kind: sales and the tax on them, Amazon's fees
 * (costs), reimbursements, and two kinds that are neither income nor cost — money Amazon holds back in a reserve and
 * payouts to the seller's bank account.
 */
public enum FeeCategory {
    PRODUCT_SALES("Product sales", Kind.SALE),
    SHIPPING_CREDITS("Shipping credits", Kind.SALE),
    GIFT_WRAP_CREDITS("Gift wrap credits", Kind.SALE),
    PROMOTIONS("Promotions", Kind.SALE),
    TAX("Taxes", Kind.TAX),
    COMMISSION("Commission", Kind.FEE),
    DIGITAL_SERVICES_FEE("Digital services fee", Kind.FEE),
    CLOSING_FEES("Closing fees", Kind.FEE),
    FBA_FEES("FBA fees", Kind.FEE),
    SHIPPING_FEES("Shipping fees", Kind.FEE),
    REFUND_FEES("Refund fees", Kind.FEE),
    SERVICE_FEES("Service fees", Kind.FEE),
    ADVERTISING("Advertising", Kind.FEE),
    OTHER_FEES("Other fees", Kind.FEE),
    REIMBURSEMENTS("Reimbursements", Kind.OTHER),
    RESERVE("Reserve", Kind.RESERVE),
    PAYOUT("Payouts", Kind.PAYOUT);

    /** How a category counts: only {@code FEE} is a cost; {@code RESERVE} and {@code PAYOUT} are neither income nor cost. */
    public enum Kind {
        SALE,
        TAX,
        FEE,
        OTHER,
        RESERVE,
        PAYOUT
    }

    private final String label;
    private final Kind kind;

    FeeCategory(String label, Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isFee() {
        return kind == Kind.FEE;
    }
}
