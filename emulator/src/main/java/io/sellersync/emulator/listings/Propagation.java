// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.listings;

import io.sellersync.emulator.clock.Timeline;
import io.sellersync.emulator.faults.Faults;
import io.sellersync.emulator.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Makes accepted changes live after their propagation delay on the emulated clock, recording each in the world's
 * change log. A SKU under the "price never propagates" fault keeps its old price although the change was accepted; one
 * under the "price drops with quantity" fault loses its price the moment its quantity rises (once).
 * The warnings of the last accepted submission stay with the listing as its issues.
 */
@Component
public class Propagation {

    private final Timeline timeline;
    private final World world;
    private final Faults faults;
    private volatile PropagationDelays delays = PropagationDelays.DEFAULT;
    private final Map<String, Warnings> warnings = new ConcurrentHashMap<>();

    /** Warnings of an accepted submission and the marketplaces it was submitted for. */
    public record Warnings(List<String> marketplaceIds, List<ListingIssue> issues) {}

    public Propagation(Timeline timeline, World world, Faults faults) {
        this.timeline = timeline;
        this.world = world;
        this.faults = faults;
    }

    public PropagationDelays delays() {
        return delays;
    }

    public void setDelays(PropagationDelays newDelays) {
        delays = newDelays;
    }

    public void reset() {
        delays = PropagationDelays.DEFAULT;
        warnings.clear();
    }

    /**
     * Takes an accepted submission: remembers its warnings as the listing's issues (until the next accepted
     * submission for the SKU) and schedules its changes.
     */
    public void accepted(
            String sellerId, String sku, List<String> marketplaceIds, Plan plan, String source, Instant acceptedAt) {
        List<ListingIssue> found =
                plan.issues().stream().filter(i -> !i.isError()).toList();
        if (found.isEmpty()) {
            warnings.remove(sellerId + "|" + sku);
        } else {
            warnings.put(sellerId + "|" + sku, new Warnings(List.copyOf(marketplaceIds), found));
        }
        schedule(sellerId, sku, plan.changes(), source, acceptedAt);
    }

    /** The warnings of the last accepted submission for the SKU, with the marketplaces it was for. */
    public Optional<Warnings> warnings(String sellerId, String sku) {
        return Optional.ofNullable(warnings.get(sellerId + "|" + sku));
    }

    /** Schedules every change of an accepted submission, counting delays from {@code acceptedAt}. */
    public void schedule(String sellerId, String sku, List<ListingChange> changes, String source, Instant acceptedAt) {
        PropagationDelays d = delays;
        for (ListingChange change : changes) {
            if (change instanceof ListingChange.SetPrice p) {
                if (!faults.priceNeverPropagates(sku)) {
                    at(
                            acceptedAt,
                            d.price(),
                            "price " + sku,
                            t -> world.applyPrice(
                                    sellerId, sku, p.marketplaceId(), p.currency(), p.price(), source, acceptedAt, t));
                }
            } else if (change instanceof ListingChange.SetQuantity q) {
                at(acceptedAt, d.quantity(), "quantity " + sku, t -> {
                    int before =
                            world.listing(sellerId, sku).map(l -> l.quantity()).orElse(0);
                    world.applyQuantity(sellerId, sku, q.quantity(), source, acceptedAt, t);
                    if (q.quantity() > before && faults.takePriceDropWithQuantity(sku)) {
                        world.dropPrices(sellerId, sku, source + ":price-dropped", acceptedAt, t);
                    }
                });
            } else if (change instanceof ListingChange.SetCondition c) {
                at(
                        acceptedAt,
                        d.attributes(),
                        "condition " + sku,
                        t -> world.applyCondition(sellerId, sku, c.conditionType(), source, acceptedAt, t));
            } else if (change instanceof ListingChange.SetAttribute a) {
                at(
                        acceptedAt,
                        d.attributes(),
                        "attribute " + sku,
                        t -> world.applyAttribute(sellerId, sku, a.name(), a.value(), source, acceptedAt, t));
            } else if (change instanceof ListingChange.Upsert u) {
                at(acceptedAt, d.attributes(), "listing " + sku, t -> world.upsert(u.listing(), source, acceptedAt, t));
            } else if (change instanceof ListingChange.Delete del) {
                at(
                        acceptedAt,
                        d.attributes(),
                        "delete " + sku,
                        t -> world.delete(sellerId, sku, del.marketplaceIds(), source, acceptedAt, t));
            }
        }
    }

    private void at(Instant from, Duration delay, String what, java.util.function.Consumer<Instant> action) {
        timeline.schedule(from.plus(delay), what, action);
    }
}
