// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.api.EmulatedSeller;
import io.sellersync.api.queue.AddOutcome;
import io.sellersync.api.queue.QueueService;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.inventory.CreateInventoryItemCommand;
import io.sellersync.messages.inventory.FindInventoryItemQuery;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.queue.ConflictResolution;
import io.sellersync.messages.queue.QueueEntryView;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * The emulated seller's listings and unlisted catalogue ASINs, and queue entries made from them (listed at the live
 * price: an update; unlisted: a new offer; listed at twice the live price with "use my price": a guard-rail warning).
 */
final class FeedItSupport {

    static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");

    private final EmulatedSeller seller;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final QueueService queue;
    final AccountId accountId;
    private final List<JsonNode> listings = new ArrayList<>();
    private final List<String> unlisted = new ArrayList<>();

    FeedItSupport(EmulatedSeller seller, CommandGateway commands, QueryGateway queries, QueueService queue) {
        this.seller = seller;
        this.commands = commands;
        this.queries = queries;
        this.queue = queue;
        this.accountId = seller.accountId;
        pick();
        // the accounts read model follows the connection a moment later; feed and queue calls look the account up there
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> queries
                                .query(new ListAccountsQuery(), ResponseTypes.multipleInstancesOf(AccountView.class))
                                .join()
                                .stream()
                                .anyMatch(a -> a.accountId().equals(accountId)));
    }

    /** A listed SKU queued at Amazon's price with one unit added: an update (PATCH). */
    QueueEntryView queueListed() {
        JsonNode listing = listings.remove(0);
        return add(item(asin(listing), condition(listing), livePrice(listing)));
    }

    /** A catalogue ASIN the seller does not list: a new offer (UPDATE). */
    QueueEntryView queueUnlisted(String price) {
        return add(item(unlisted.remove(0), ItemCondition.NEW_NEW, Money.of(price, "GBP")));
    }

    /** A listed SKU at twice Amazon's price, "use my price" answered: beyond the 50 % guard rail, needs confirm. */
    QueueEntryView queueDoubled() {
        JsonNode listing = listings.remove(0);
        Money doubled =
                new Money(livePrice(listing).amount().multiply(BigDecimal.valueOf(2)), Currency.getInstance("GBP"));
        InventoryItemId id = item(asin(listing), condition(listing), doubled);
        AddOutcome outcome = queue.add(List.of(id), accountId, UK, false).get(0);
        assertThat(outcome.entryId()).as(outcome.reason()).isNotNull();
        QueueEntryView entry =
                await().atMost(Duration.ofSeconds(20)).until(() -> entry(id), e -> e != null && e.hasConflict());
        queue.resolve(entry.queueItemId(), ConflictResolution.USE_MY_PRICE);
        return await().atMost(Duration.ofSeconds(20)).until(() -> entry(id), e -> e != null && !e.hasConflict());
    }

    QueueEntryView entry(InventoryItemId id) {
        return queue.list(accountId, UK).stream()
                .filter(e -> e.itemId().equals(id))
                .findFirst()
                .orElse(null);
    }

    private QueueEntryView add(InventoryItemId id) {
        AddOutcome outcome = queue.add(List.of(id), accountId, UK, false).get(0);
        assertThat(outcome.status()).as(outcome.reason()).isEqualTo(AddOutcome.Status.ADDED);
        return await().atMost(Duration.ofSeconds(20)).until(() -> entry(id), e -> e != null);
    }

    private InventoryItemId item(String asin, ItemCondition condition, Money price) {
        InventoryItemId id = InventoryItemId.random();
        String localSku = "FIT-" + UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(new CreateInventoryItemCommand(
                id,
                localSku,
                asin,
                "Feed IT " + localSku,
                condition,
                price,
                1,
                null,
                InventoryStatus.BACKLOG,
                null,
                "feed IT"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> queries.query(
                                new FindInventoryItemQuery(id),
                                ResponseTypes.optionalInstanceOf(InventoryItemView.class))
                        .join()
                        .map(v -> true)
                        .orElse(false));
        return id;
    }

    private void pick() {
        JsonNode all = seller.control("GET", "/listings?sellerId=" + seller.sellerId, null);
        Map<String, Integer> pairs = new LinkedHashMap<>();
        Set<String> listedAsins = new HashSet<>();
        for (JsonNode l : all) {
            listedAsins.add(l.get("asin").asText());
            pairs.merge(l.get("asin").asText() + "|" + l.get("conditionType").asText(), 1, Integer::sum);
        }
        for (JsonNode l : all) {
            JsonNode offer = l.path("offers").path(UK.value());
            boolean unique = pairs.get(l.get("asin").asText() + "|"
                            + l.get("conditionType").asText())
                    == 1;
            if (unique
                    && offer.has("price")
                    && "GBP".equals(offer.path("currency").asText())
                    && ItemCondition.parse(l.get("conditionType").asText()).isPresent()) {
                listings.add(l);
            }
        }
        for (JsonNode c : seller.control("GET", "/catalog", null)) {
            if (!listedAsins.contains(c.get("asin").asText())) {
                unlisted.add(c.get("asin").asText());
            }
        }
        assertThat(listings).hasSizeGreaterThan(5);
        assertThat(unlisted).hasSizeGreaterThan(5);
    }

    private static String asin(JsonNode listing) {
        return listing.get("asin").asText();
    }

    private static ItemCondition condition(JsonNode listing) {
        return ItemCondition.parse(listing.get("conditionType").asText()).orElseThrow();
    }

    static Money livePrice(JsonNode listing) {
        return new Money(
                listing.path("offers").path(UK.value()).get("price").decimalValue(), Currency.getInstance("GBP"));
    }
}
