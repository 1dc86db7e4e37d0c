// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.finances;

import io.sellersync.emulator.clock.Timeline;
import io.sellersync.emulator.faults.Faults;
import io.sellersync.emulator.orders.Order;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
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
 *       {@code DEFERRED}; it changes in place to {@code DEFERRED_RELEASED} seven days later. Its breakdown is
 *       {@code Sales/ProductCharges/{Principal, Tax}} plus {@code Expenses/AmazonFees/{Commission,
 *       DigitalServicesFee}}, each rounded to the cent, the total their exact sum.
 *   <li>One shipped order in twenty is refunded three to ten days after posting: a {@code Refund} that reverses the
 *       sale and the fees but keeps a refund administration fee.
 *   <li>Faults can post shipments late and change posted ones in place (a commission correction).
 *   <li>Every 14 days a financial event group closes and a {@code Transfer} pays out everything that became payable
 *       in it (refunds when posted, shipments when released).
 * </ul>
 */
@Component
public class Ledger {

    static final Duration MAX_POSTING_DELAY = Duration.ofHours(48);
    static final Duration DEFERRAL = Duration.ofDays(7);
    static final Duration GROUP_LENGTH = Duration.ofDays(14);
    static final BigDecimal COMMISSION_RATE = new BigDecimal("0.15");
    static final BigDecimal DIGITAL_SERVICES_RATE = new BigDecimal("0.02");
    static final BigDecimal REFUND_ADMIN_RATE = new BigDecimal("0.20");
    static final BigDecimal REFUND_ADMIN_CAP = new BigDecimal("5.00");

    private static final Map<String, BigDecimal> VAT =
            Map.of("A1F83G8C2ARO7P", new BigDecimal("0.20"), "A1PA6795UKMFR9", new BigDecimal("0.19"));

    private final Timeline timeline;
    private final Faults faults;
    private final Map<String, Transaction> transactions = new LinkedHashMap<>();
    private Random random = new Random(0);
    private long sequence;

    public Ledger(Timeline timeline, Faults faults) {
        this.timeline = timeline;
        this.faults = faults;
    }

    /** Starts an empty ledger (after the timeline was cleared) and the fortnightly group closing from {@code from}. */
    public synchronized void reset(long seed, Instant from) {
        transactions.clear();
        random = new Random(seed ^ 0x1ED6E2L);
        sequence = 0;
        long next = from.getEpochSecond() / GROUP_LENGTH.toSeconds() + 1;
        scheduleClose(Instant.ofEpochSecond(next * GROUP_LENGTH.toSeconds()));
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
                posted.plus(DEFERRAL), "release " + shipment.transactionId(), t -> release(shipment.transactionId()));
        if (random.nextInt(20) == 0) {
            Instant refunded = posted.plus(Duration.ofDays(3 + random.nextInt(8)));
            Transaction refund = refund(order, shipment, refunded);
            timeline.schedule(refunded, "refund " + order.orderId(), t -> post(refund));
        }
    }

    private synchronized void post(Transaction transaction) {
        transactions.put(transaction.transactionId(), transaction);
    }

    private synchronized void release(String transactionId) {
        Transaction transaction = transactions.get(transactionId);
        if (transaction != null && "DEFERRED".equals(transaction.transactionStatus())) {
            transactions.put(transactionId, transaction.withStatus("DEFERRED_RELEASED"));
        }
    }

    /** Fault: Amazon corrects the commission of a posted transaction in place (same id, new amounts). */
    private synchronized void change(String transactionId, BigDecimal adjustment) {
        Transaction t = transactions.get(transactionId);
        if (t == null) {
            return;
        }
        Transaction.Breakdown sales = t.breakdowns().get(0);
        Transaction.Breakdown fees = t.breakdowns().get(1).breakdowns().get(0);
        BigDecimal commission = amount(fees, "Commission").add(adjustment);
        BigDecimal digitalServices = amount(fees, "DigitalServicesFee");
        BigDecimal expenses = commission.add(digitalServices);
        List<Transaction.Breakdown> tree = List.of(
                sales,
                node(
                        "Expenses",
                        expenses,
                        node(
                                "AmazonFees",
                                expenses,
                                node("Commission", commission),
                                node("DigitalServicesFee", digitalServices))));
        transactions.put(transactionId, t.withBreakdowns(sales.amount().add(expenses), tree));
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
            BigDecimal amount = sum.negate();
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
                    List.of(new Transaction.Breakdown("Transfer", amount, List.of())),
                    null,
                    null,
                    0);
            transactions.put(transfer.transactionId(), transfer);
        }
        scheduleClose(end.plus(GROUP_LENGTH));
    }

    private Transaction shipment(Order order, Instant posted) {
        BigDecimal gross = order.total().setScale(2, RoundingMode.HALF_UP);
        BigDecimal vat = VAT.getOrDefault(order.marketplaceId(), BigDecimal.ZERO);
        BigDecimal principal = gross.divide(BigDecimal.ONE.add(vat), 2, RoundingMode.HALF_UP);
        BigDecimal tax = gross.subtract(principal);
        BigDecimal commission = gross.multiply(COMMISSION_RATE)
                .setScale(2, RoundingMode.HALF_UP)
                .negate();
        BigDecimal digitalServices = commission.multiply(DIGITAL_SERVICES_RATE).setScale(2, RoundingMode.HALF_UP);
        BigDecimal fees = commission.add(digitalServices);
        List<Transaction.Breakdown> tree = List.of(
                node("Sales", gross, node("ProductCharges", gross, node("Principal", principal), node("Tax", tax))),
                node(
                        "Expenses",
                        fees,
                        node(
                                "AmazonFees",
                                fees,
                                node("Commission", commission),
                                node("DigitalServicesFee", digitalServices))));
        return transaction(order, "Shipment", "DEFERRED", "Order Payment", posted, gross.add(fees), tree);
    }

    private Transaction refund(Order order, Transaction shipment, Instant posted) {
        BigDecimal gross = amount(shipment, "Sales").negate();
        BigDecimal principal = amount(shipment.breakdowns().get(0).breakdowns().get(0), "Principal")
                .negate();
        BigDecimal tax = gross.subtract(principal);
        BigDecimal commission = amount(shipment.breakdowns().get(1).breakdowns().get(0), "Commission")
                .negate();
        BigDecimal digitalServices = amount(
                        shipment.breakdowns().get(1).breakdowns().get(0), "DigitalServicesFee")
                .negate();
        BigDecimal admin = commission
                .multiply(REFUND_ADMIN_RATE)
                .setScale(2, RoundingMode.HALF_UP)
                .min(REFUND_ADMIN_CAP)
                .negate();
        BigDecimal fees = commission.add(digitalServices).add(admin);
        List<Transaction.Breakdown> tree = List.of(
                node("Sales", gross, node("ProductCharges", gross, node("Principal", principal), node("Tax", tax))),
                node(
                        "Expenses",
                        fees,
                        node(
                                "AmazonFees",
                                fees,
                                node("Commission", commission),
                                node("DigitalServicesFee", digitalServices),
                                node("RefundAdministrationFee", admin))));
        return transaction(order, "Refund", "RELEASED", "Refund Order", posted, gross.add(fees), tree);
    }

    private Transaction transaction(
            Order order,
            String type,
            String status,
            String description,
            Instant posted,
            BigDecimal total,
            List<Transaction.Breakdown> tree) {
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
                groupId(order.sellerId(), posted),
                order.currency(),
                total,
                tree,
                line.sku(),
                line.asin(),
                line.quantity());
    }

    private static Transaction.Breakdown node(String type, BigDecimal amount, Transaction.Breakdown... children) {
        return new Transaction.Breakdown(type, amount, List.of(children));
    }

    private static BigDecimal amount(Transaction transaction, String type) {
        return transaction.breakdowns().stream()
                .filter(b -> b.type().equals(type))
                .findFirst()
                .orElseThrow()
                .amount();
    }

    private static BigDecimal amount(Transaction.Breakdown parent, String type) {
        return parent.breakdowns().stream()
                .filter(b -> b.type().equals(type))
                .findFirst()
                .orElseThrow()
                .amount();
    }
}
