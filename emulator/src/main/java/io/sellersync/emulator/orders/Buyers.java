// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.orders;

import io.sellersync.emulator.clock.EmulatorClock;
import io.sellersync.emulator.clock.Timeline;
import io.sellersync.emulator.finances.Ledger;
import io.sellersync.emulator.world.Listing;
import io.sellersync.emulator.world.Marketplace;
import io.sellersync.emulator.world.Offer;
import io.sellersync.emulator.world.Seller;
import io.sellersync.emulator.world.World;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Simulated buyers: at random times (a Poisson process of {@code purchasesPerHour}, seeded) one of them buys a live,
 * buyable offer at its live price, which lowers the live quantity and creates an order. Every fourth generated listing
 * is fulfilled by Amazon (free shipping); a third of the merchant-fulfilled orders pay for shipping, and one order in
 * eight gets a 10 % promotion. Orders then move
 * {@code PENDING → UNSHIPPED} after 30 minutes and {@code SHIPPED} a day later; one in twelve is cancelled instead and
 * its units go back into stock. Shipped orders are handed to the {@link Ledger}.
 */
@Component
public class Buyers {

    static final Duration TO_UNSHIPPED = Duration.ofMinutes(30);
    static final Duration TO_CANCELLED = Duration.ofHours(2);
    static final Duration TO_SHIPPED = Duration.ofHours(24);

    private static final String[] FIRST = {"Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Harry", "Ida"};
    private static final String[] LAST = {"Smith", "Müller", "Jones", "Schmidt", "Taylor", "Weber", "Brown", "Koch"};
    private static final String[][] CITIES = {
        {"London", "SW1A 1AA", "GB"},
        {"Manchester", "M1 1AE", "GB"},
        {"Berlin", "10115", "DE"},
        {"Munich", "80331", "DE"}
    };

    /** What a merchant-fulfilled order charges for standard shipping when it is not free, by currency. */
    private static final Map<String, BigDecimal> SHIPPING =
            Map.of("GBP", new BigDecimal("2.99"), "EUR", new BigDecimal("3.49"));

    private static final String[] PROMOTION_IDS = {"SPRING-SAVER-10", "BUNDLE-10-OFF", "WELCOME-10"};
    private static final BigDecimal PROMOTION_RATE = new BigDecimal("0.10");

    private final World world;
    private final OrderBook orders;
    private final Timeline timeline;
    private final EmulatorClock clock;
    private final Ledger ledger;
    private Random random = new Random(0);
    private long seed;
    private double purchasesPerHour;
    private long generation;

    public Buyers(World world, OrderBook orders, Timeline timeline, EmulatorClock clock, Ledger ledger) {
        this.world = world;
        this.orders = orders;
        this.timeline = timeline;
        this.clock = clock;
        this.ledger = ledger;
    }

    /**
     * Starts a fresh, seeded buying process (after the timeline was cleared), {@code history} before now: the
     * purchases of that past fall due at once and fill the world with orders and transactions.
     */
    public synchronized void reset(long seed, double perHour, Duration history) {
        if (perHour < 0) {
            throw new IllegalArgumentException("purchasesPerHour must be >= 0");
        }
        random = new Random(seed ^ 0x5EEDB0B5L);
        orders.clear();
        Instant from = clock.now().minus(history);
        ledger.reset(seed, from, world.sellers().stream().map(Seller::sellerId).toList());
        this.seed = seed;
        purchasesPerHour = perHour;
        generation++;
        scheduleNext(from, generation);
    }

    public synchronized double purchasesPerHour() {
        return purchasesPerHour;
    }

    public synchronized void setRate(double perHour) {
        if (perHour < 0) {
            throw new IllegalArgumentException("purchasesPerHour must be >= 0");
        }
        purchasesPerHour = perHour;
        generation++;
        scheduleNext(clock.now(), generation);
    }

    /** One purchase now, of a chosen offer; empty when it is not buyable in that quantity. */
    public synchronized Optional<Order> purchase(String sellerId, String sku, String marketplaceId, int quantity) {
        return buy(sellerId, sku, marketplaceId, quantity, clock.now());
    }

    private void scheduleNext(Instant from, long gen) {
        if (purchasesPerHour <= 0) {
            return;
        }
        double hours = -Math.log(1 - random.nextDouble()) / purchasesPerHour;
        Instant at = from.plusMillis(Math.max(1, (long) (hours * 3_600_000)));
        timeline.schedule(at, "purchase", t -> randomPurchase(t, gen));
    }

    private synchronized void randomPurchase(Instant at, long gen) {
        if (gen != generation) {
            return;
        }
        List<Seller> sellers = world.sellers();
        Seller seller = sellers.get(random.nextInt(sellers.size()));
        List<String[]> buyable = new ArrayList<>();
        for (Listing listing : world.listings(seller.sellerId())) {
            for (Offer offer : listing.offers().values()) {
                if (offer.price() != null && listing.quantity() > 0) {
                    buyable.add(new String[] {listing.sku(), offer.marketplaceId()});
                }
            }
        }
        if (!buyable.isEmpty()) {
            String[] pick = buyable.get(random.nextInt(buyable.size()));
            int quantity = random.nextInt(5) == 0 ? 2 : 1;
            buy(seller.sellerId(), pick[0], pick[1], quantity, at)
                    .or(() -> buy(seller.sellerId(), pick[0], pick[1], 1, at));
        }
        scheduleNext(at, gen);
    }

    private Optional<Order> buy(String sellerId, String sku, String marketplaceId, int quantity, Instant at) {
        String orderId = String.format(
                "%03d-%07d-%07d", 200 + random.nextInt(9), random.nextInt(10_000_000), random.nextInt(10_000_000));
        Optional<Listing> bought = world.purchase(sellerId, sku, marketplaceId, quantity, "order:" + orderId, at);
        if (bought.isEmpty()) {
            return Optional.empty();
        }
        Listing listing = bought.get();
        Offer offer = listing.offers().get(marketplaceId);
        String[] city =
                Marketplace.UK.id().equals(marketplaceId) ? CITIES[random.nextInt(2)] : CITIES[2 + random.nextInt(2)];
        String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        boolean amazon = world.fulfilledByAmazon(sellerId, sku);
        Random extras = new Random(seed ^ orderId.hashCode());
        BigDecimal shipping = !amazon && extras.nextInt(3) == 0 ? SHIPPING.get(offer.currency()) : BigDecimal.ZERO;
        boolean promoted = extras.nextInt(8) == 0;
        BigDecimal lineTotal = offer.price().multiply(BigDecimal.valueOf(quantity));
        Order order = new Order(
                orderId,
                sellerId,
                marketplaceId,
                offer.currency(),
                at,
                at,
                "PENDING",
                List.of(new Order.Line(
                        String.format("%014d", Math.abs(random.nextLong() % 100_000_000_000_000L)),
                        sku,
                        listing.asin(),
                        listing.itemName(),
                        listing.productType(),
                        listing.conditionType(),
                        quantity,
                        offer.price())),
                name,
                Long.toString(Math.abs(random.nextLong()), 36) + "@marketplace.amazon.co.uk",
                city[0],
                city[1],
                city[2],
                amazon ? Order.AMAZON : Order.MERCHANT,
                shipping,
                promoted ? PROMOTION_IDS[extras.nextInt(PROMOTION_IDS.length)] : null,
                promoted ? lineTotal.multiply(PROMOTION_RATE).setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO);
        orders.put(order);
        boolean cancel = random.nextInt(12) == 0;
        timeline.schedule(
                at.plus(TO_UNSHIPPED),
                "order " + orderId + " unshipped",
                t -> advance(orderId, "PENDING", "UNSHIPPED", t));
        if (cancel) {
            timeline.schedule(at.plus(TO_CANCELLED), "order " + orderId + " cancelled", t -> {
                if (advance(orderId, "UNSHIPPED", "CANCELLED", t)) {
                    world.restock(sellerId, sku, quantity, "order:" + orderId + ":cancelled", t);
                }
            });
        } else {
            timeline.schedule(at.plus(TO_SHIPPED), "order " + orderId + " shipped", t -> {
                if (advance(orderId, "UNSHIPPED", "SHIPPED", t)) {
                    ledger.shipped(orders.find(orderId).orElseThrow(), t);
                }
            });
        }
        return Optional.of(order);
    }

    private boolean advance(String orderId, String from, String to, Instant at) {
        Optional<Order> order =
                orders.find(orderId).filter(o -> o.fulfillmentStatus().equals(from));
        order.ifPresent(o -> orders.put(o.withStatus(to, at)));
        return order.isPresent();
    }
}
