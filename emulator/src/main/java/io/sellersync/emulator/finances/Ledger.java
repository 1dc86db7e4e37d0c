// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.finances;

import io.sellersync.emulator.clock.Timeline;
import io.sellersync.emulator.faults.Faults;
import io.sellersync.emulator.finances.Transaction.Breakdown;
import io.sellersync.emulator.orders.Order;
import io.sellersync.emulator.world.Marketplace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * The seller's money, derived from orders.
 *
 * <ul>
 *   <li>A shipped order becomes a {@code Shipment} transaction, posted up to 48 hours after shipping as
 *       {@code DEFERRED} (with its maturity date, in no financial event group yet); it changes in place to
 *       {@code DEFERRED_RELEASED} seven days later and joins the group open at its release. Its breakdown comes from
 *       {@link OrderCharges}: sales (item, shipping, promotion) and Amazon's fees (commission, digital services fee,
 *       FBA fulfilment fee), each rounded to the cent, every parent the exact sum of its children.
 *   <li>On the first of every month each seller pays the selling plan's subscription, a {@code ServiceFee}.
 *   <li>One shipped order in twenty is refunded three to ten days after posting: a {@code Refund} that reverses the
 *       sale, the commission and the digital services fee, but keeps the FBA fee and a refund administration fee.
 *   <li>Faults can post shipments late and change posted ones in place (a commission correction).
 *   <li>Every 14 days a financial event group closes and a {@code Transfer} pays out everything that became payable
 *       in it (refunds and service fees when posted, shipments when released); a control can make one payout differ.
 * </ul>
 */
@Component
public class Ledger {

    static final Duration MAX_POSTING_DELAY = Duration.ofHours(48);
    static final Duration DEFERRAL = Duration.ofDays(7);
    static final Duration GROUP_LENGTH = Duration.ofDays(14);
    static final String SALES = "Sales";
    static final String EXPENSES = "Expenses";
    static final String AMAZON_FEES = "AmazonFees";
    static final String COMMISSION = "Commission";
    static final String DIGITAL_SERVICES_FEE = "DigitalServicesFee";
    static final BigDecimal REFUND_ADMIN_RATE = new BigDecimal("0.20");
    static final BigDecimal REFUND_ADMIN_CAP = new BigDecimal("5.00");
    static final BigDecimal SUBSCRIPTION_FEE = new BigDecimal("25.00");

    private final Timeline timeline;
    private final Faults faults;
    private final Map<String, Transaction> transactions = new LinkedHashMap<>();
    private final Map<String, BigDecimal> payoutDiscrepancies = new LinkedHashMap<>();
    private Random random = new Random(0);
    private long sequence;

    public Ledger(Timeline timeline, Faults faults) {
        this.timeline = timeline;
        this.faults = faults;
    }

    /**
     * Starts an empty ledger (after the timeline was cleared), the fortnightly group closing and the monthly service
     * fees of {@code sellerIds}, from {@code from}.
     */
    public synchronized void reset(long seed, Instant from, List<String> sellerIds) {
        transactions.clear();
        payoutDiscrepancies.clear();
        random = new Random(seed ^ 0x1ED6E2L);
        sequence = 0;
        long next = from.getEpochSecond() / GROUP_LENGTH.toSeconds() + 1;
        scheduleClose(Instant.ofEpochSecond(next * GROUP_LENGTH.toSeconds()));
        scheduleServiceFees(firstOfNextMonth(from), List.copyOf(sellerIds));
    }

    public synchronized List<Transaction> all() {
        return List.copyOf(transactions.values());
    }

    /** The id of the financial event group open at {@code at}. */
    public static String groupId(String sellerId, Instant at) {
        return sellerId.substring(1, 5) + (at.getEpochSecond() / GROUP_LENGTH.toSeconds());
    }

    /** When a transaction's money becomes payable: at posting, or at release for a deferred one. */
    public static Instant payableAt(Transaction t) {
        return "Shipment".equals(t.transactionType()) ? t.postedDate().plus(DEFERRAL) : t.postedDate();
    }

    /** Schedules the shipment transaction (and perhaps a refund) of an order shipped at {@code shippedAt}. */
    public synchronized void shipped(Order order, Instant shippedAt) {
        Instant posted = shippedAt
                .plusSeconds(random.nextInt((int) MAX_POSTING_DELAY.toSeconds()))
                .plus(Duration.ofHours(faults.lateTransactionHours()));
        Transaction shipment = shipment(order, posted);
        timeline.schedule(posted, "post " + shipment.transactionId(), t -> post(shipment));
        if (faults.changeTransaction()) {
            BigDecimal adjustment =
                    BigDecimal.valueOf(1 + random.nextInt(50), 2).negate();
            timeline.schedule(
                    posted.plus(Duration.ofDays(1)),
                    "change " + shipment.transactionId(),
                    t -> change(shipment.transactionId(), adjustment));
        }
        timeline.schedule(
                posted.plus(DEFERRAL),
                "release " + shipment.transactionId(),
                t -> release(shipment.transactionId(), t));
        if (random.nextInt(20) == 0) {
            Instant refunded = posted.plus(Duration.ofDays(3 + random.nextInt(8)));
            Transaction refund = refund(order, shipment, refunded);
            timeline.schedule(refunded, "refund " + order.orderId(), t -> post(refund));
        }
    }

    private synchronized void post(Transaction transaction) {
        transactions.put(transaction.transactionId(), transaction);
    }

    /**
     * The release of a deferred shipment, in place: {@code DEFERRED_RELEASED}, and it joins the financial event group
     * open now, the one whose payout includes it.
     */
    private synchronized void release(String transactionId, Instant at) {
        Transaction transaction = transactions.get(transactionId);
        if (transaction != null && "DEFERRED".equals(transaction.transactionStatus())) {
            transactions.put(
                    transactionId, transaction.released("DEFERRED_RELEASED", groupId(transaction.sellerId(), at)));
        }
    }

    /**
     * Control: the next payout of the seller in the marketplace pays {@code amount} more than what became payable in
     * its group (negative: less), so a reconciliation has exactly one mismatch to find.
     */
    public synchronized void injectPayoutDiscrepancy(String sellerId, String marketplaceId, BigDecimal amount) {
        payoutDiscrepancies.merge(sellerId + "|" + marketplaceId, amount, BigDecimal::add);
    }

    public synchronized Map<String, BigDecimal> pendingPayoutDiscrepancies() {
        return Map.copyOf(payoutDiscrepancies);
    }

    /** Fault: Amazon corrects the commission of a posted transaction in place (same id, new amounts). */
    private synchronized void change(String transactionId, BigDecimal adjustment) {
        Transaction t = transactions.get(transactionId);
        if (t == null) {
            return;
        }
        Breakdown sales = t.breakdown(SALES).orElseThrow();
        List<Breakdown> fees = amazonFees(t).breakdowns().stream()
                .map(b -> b.type().equals(COMMISSION)
                        ? Breakdown.leaf(COMMISSION, b.amount().add(adjustment))
                        : b)
                .toList();
        Breakdown expenses = Breakdown.sum(EXPENSES, Breakdown.sum(AMAZON_FEES, fees));
        transactions.put(
                transactionId, t.withBreakdowns(sales.amount().add(expenses.amount()), List.of(sales, expenses)));
    }

    private void scheduleServiceFees(Instant at, List<String> sellerIds) {
        timeline.schedule(at, "monthly service fees", t -> chargeServiceFees(t, sellerIds));
    }

    /** The professional selling plan's monthly subscription, charged in the home marketplace (UK, GBP). */
    private synchronized void chargeServiceFees(Instant at, List<String> sellerIds) {
        for (String sellerId : sellerIds) {
            sequence++;
            Breakdown expenses = Breakdown.sum(
                    EXPENSES, Breakdown.sum("ServiceFees", Breakdown.leaf("Subscription", SUBSCRIPTION_FEE.negate())));
            String group = groupId(sellerId, at);
            Transaction fee = new Transaction(
                    String.format("SERVICEFEE-%s-%08d", group, sequence),
                    sellerId,
                    Marketplace.UK.id(),
                    "ServiceFee",
                    "RELEASED",
                    "Subscription Fee",
                    at,
                    null,
                    group,
                    Marketplace.UK.currency(),
                    expenses.amount(),
                    List.of(expenses),
                    null,
                    null,
                    0,
                    null);
            transactions.put(fee.transactionId(), fee);
        }
        scheduleServiceFees(firstOfNextMonth(at), sellerIds);
    }

    private static Instant firstOfNextMonth(Instant at) {
        return at.atZone(ZoneOffset.UTC)
                .toLocalDate()
                .withDayOfMonth(1)
                .plusMonths(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
    }

    private void scheduleClose(Instant at) {
        timeline.schedule(at, "close financial event groups", this::close);
    }

    private synchronized void close(Instant end) {
        Instant start = end.minus(GROUP_LENGTH);
        Map<String, List<Transaction>> payable = new LinkedHashMap<>();
        for (Transaction t : transactions.values()) {
            Instant due = payableAt(t);
            if (!"Transfer".equals(t.transactionType()) && !due.isBefore(start) && due.isBefore(end)) {
                payable.computeIfAbsent(t.sellerId() + "|" + t.marketplaceId(), k -> new ArrayList<>())
                        .add(t);
            }
        }
        for (List<Transaction> group : payable.values()) {
            Transaction first = group.get(0);
            BigDecimal sum = group.stream().map(Transaction::totalAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.signum() == 0) {
                continue;
            }
            BigDecimal amount = sum.negate()
                    .subtract(payoutDiscrepancies.getOrDefault(
                            first.sellerId() + "|" + first.marketplaceId(), BigDecimal.ZERO));
            payoutDiscrepancies.remove(first.sellerId() + "|" + first.marketplaceId());
            sequence++;
            Transaction transfer = new Transaction(
                    String.format("TRANSFER-%s-%08d", groupId(first.sellerId(), start), sequence),
                    first.sellerId(),
                    first.marketplaceId(),
                    "Transfer",
                    "RELEASED",
                    "Disbursement to bank account",
                    end,
                    null,
                    groupId(first.sellerId(), start),
                    first.currency(),
                    amount,
                    List.of(Breakdown.leaf("Transfer", amount)),
                    null,
                    null,
                    0,
                    null);
            transactions.put(transfer.transactionId(), transfer);
        }
        scheduleClose(end.plus(GROUP_LENGTH));
    }

    private Transaction shipment(Order order, Instant posted) {
        OrderCharges charges = OrderCharges.of(order);
        return transaction(
                order, "Shipment", "DEFERRED", "Order Payment", posted, charges.salesTree(), charges.expensesTree());
    }

    /**
     * Reverses the sale (item, shipping and promotion), the commission and the digital services fee, and keeps a
     * refund administration fee; an FBA fulfilment fee is not refunded.
     */
    private Transaction refund(Order order, Transaction shipment, Instant posted) {
        Breakdown fees = amazonFees(shipment);
        BigDecimal commission = fees.child(COMMISSION).orElseThrow().amount().negate();
        BigDecimal digitalServices =
                fees.child(DIGITAL_SERVICES_FEE).orElseThrow().amount().negate();
        BigDecimal admin = commission
                .multiply(REFUND_ADMIN_RATE)
                .setScale(2, RoundingMode.HALF_UP)
                .min(REFUND_ADMIN_CAP)
                .negate();
        Breakdown expenses = Breakdown.sum(
                EXPENSES,
                Breakdown.sum(
                        AMAZON_FEES,
                        Breakdown.leaf(COMMISSION, commission),
                        Breakdown.leaf(DIGITAL_SERVICES_FEE, digitalServices),
                        Breakdown.leaf("RefundAdministrationFee", admin)));
        Breakdown sales = shipment.breakdown(SALES).orElseThrow().negated();
        return transaction(order, "Refund", "RELEASED", "Refund Order", posted, sales, expenses);
    }

    private Transaction transaction(
            Order order,
            String type,
            String status,
            String description,
            Instant posted,
            Breakdown sales,
            Breakdown expenses) {
        Order.Line line = order.lines().get(0);
        sequence++;
        return new Transaction(
                String.format("%s-%08d", order.orderId().replace("-", ""), sequence),
                order.sellerId(),
                order.marketplaceId(),
                type,
                status,
                description,
                posted,
                order.orderId(),
                "Shipment".equals(type) ? null : groupId(order.sellerId(), posted),
                order.currency(),
                sales.amount().add(expenses.amount()),
                List.of(sales, expenses),
                line.sku(),
                line.asin(),
                line.quantity(),
                order.fulfilledByAmazon() ? "AFN" : "MFN");
    }

    private static Breakdown amazonFees(Transaction t) {
        return t.breakdown(EXPENSES).orElseThrow().child(AMAZON_FEES).orElseThrow();
    }
}
