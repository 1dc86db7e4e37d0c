// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.twophase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.api.feeds.FeedWorld;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the two-phase tests add to {@link FeedWorld}: push the queue in a mode, follow a run through GraphQL, and read
 * the emulator's ground truth of one SKU — every change that went live, in order — to prove that no quantity ever
 * rose while the offer showed another price than the run's.
 */
final class RunWorld {

    static final String RUN =
            "id step outcome skus pricePending priceLive quantityPending rescuing verified held failed"
                    + " rescued pricesLive pending priceFeedId quantityFeedId note reason startedAt endedAt elapsedSeconds";

    private final FeedWorld world;
    private final FeedWorld.Control control;
    private final String sellerId;

    RunWorld(FeedWorld world, FeedWorld.Control control, String sellerId) {
        this.world = world;
        this.control = control;
        this.sellerId = sellerId;
    }

    /** pushQueue through GraphQL; the raw answer, so a refusal is visible. */
    JsonNode push(String accountId, String mode, boolean confirm) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("account", accountId);
        variables.put("marketplace", FeedWorld.UK.value());
        variables.put("mode", mode);
        variables.put("confirm", confirm);
        return world.post("""
                mutation($account: ID!, $marketplace: ID!, $mode: SyncMode, $confirm: Boolean) {
                  pushQueue(accountId: $account, marketplaceId: $marketplace, mode: $mode, confirm: $confirm) {
                    mode runId feedId skus skipped { entryId sku reason } deferredSkus
                  }
                }
                """, variables);
    }

    JsonNode run(String runId) {
        return world.data("query($id: ID!) { syncRun(id: $id) { " + RUN + " } }", Map.of("id", runId))
                .get("syncRun");
    }

    JsonNode skus(String runId) {
        return world.data(
                        "query($id: ID!) { syncRunSkus(id: $id, size: 200) { total skus { sku state reason rescued"
                                + " observedPrice { amount currency } observedQuantity timeline { at what } } } }",
                        Map.of("id", runId))
                .get("syncRunSkus");
    }

    /** Waits until the run satisfies {@code done}; a timeout shows the run as it last was. */
    JsonNode awaitRun(String runId, String what, Predicate<JsonNode> done) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(400))
                .untilAsserted(() -> {
                    last[0] = run(runId);
                    assertThat(last[0] != null && !last[0].isNull() && done.test(last[0]))
                            .as("run %s %s: %s", runId, what, last[0])
                            .isTrue();
                });
        return last[0];
    }

    /** Every change that went live for the SKU, in order (the emulator's ground truth). */
    List<JsonNode> changes(String sku) {
        List<JsonNode> changes = new ArrayList<>();
        control.call("GET", "/changes?sellerId=" + sellerId + "&sku=" + sku, null)
                .forEach(changes::add);
        return changes;
    }

    /**
     * The safety property, from the ground truth: whenever the SKU's quantity rose through one of our submissions,
     * the UK offer already showed {@code price}. Returns how many such rises there were.
     */
    int assertPriceLiveBeforeEveryQuantityRise(String sku, BigDecimal price) {
        return assertPriceLiveBeforeEveryQuantityRise(changes(sku), sku, price);
    }

    /** The same over the changes the emulator listed for one SKU, in the order they went live. */
    static int assertPriceLiveBeforeEveryQuantityRise(Iterable<JsonNode> changes, String sku, BigDecimal price) {
        BigDecimal shown = null;
        int quantity = 0;
        int rises = 0;
        for (JsonNode change : changes) {
            String kind = change.get("kind").asText();
            if ("PRICE".equals(kind)
                    && FeedWorld.UK.value().equals(change.path("marketplaceId").asText())) {
                shown = change.hasNonNull("newValue")
                        ? new BigDecimal(change.get("newValue").asText())
                        : null;
            } else if ("QUANTITY".equals(kind)) {
                int next = Integer.parseInt(change.get("newValue").asText());
                if (next > quantity && submitted(change)) {
                    rises++;
                    assertThat(shown)
                            .as(
                                    "%s: quantity rose %d → %d (%s at %s) while the offer showed %s",
                                    sku,
                                    quantity,
                                    next,
                                    change.path("source").asText(),
                                    change.get("appliedAt").asText(),
                                    shown)
                            .isNotNull();
                    assertThat(shown).isEqualByComparingTo(price);
                }
                quantity = next;
            }
        }
        return rises;
    }

    /** A change one of our submissions made (a feed or a Listings Items call), not a buyer's order. */
    private static boolean submitted(JsonNode change) {
        String source = change.path("source").asText();
        return source.startsWith("feed:") || source.startsWith("listings:");
    }

    /** The SKU's quantity changes that came from our submissions. */
    List<JsonNode> submittedQuantityChanges(String sku) {
        return changes(sku).stream()
                .filter(c -> "QUANTITY".equals(c.get("kind").asText()))
                .filter(RunWorld::submitted)
                .toList();
    }

    static JsonNode bySku(JsonNode skus, String sku) {
        for (JsonNode s : skus.get("skus")) {
            if (sku.equals(s.get("sku").asText())) {
                return s;
            }
        }
        throw new AssertionError("no SKU " + sku + " in " + skus);
    }
}
