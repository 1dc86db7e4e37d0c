// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.FeedOperation;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.queue.QueueEntryView;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Queue entries and feed messages for the feed tests, and Amazon's feed schemas when this checkout has them. */
final class FeedFixtures {

    static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");
    static final MarketplaceId DE = new MarketplaceId("A1PA6795UKMFR9");
    static final ObjectMapper JSON = new ObjectMapper();

    private FeedFixtures() {}

    /** {@code <sellersync.spapi.dir>/schemas/feeds}, or null when this checkout has no copy of Amazon's files. */
    static Path schemasDir() {
        String dir = System.getProperty("sellersync.spapi.dir", "../../shared/spapi");
        Path feeds = Path.of(dir, "schemas", "feeds");
        return Files.isRegularFile(feeds.resolve("listings-feed-schema-v2.json")) ? feeds : null;
    }

    static final String SKIP_REASON = "no Amazon feed schemas (sellersync.spapi.dir, default ../../shared/spapi)";

    /** The real schema validator for one of Amazon's feed schemas. */
    static JsonSchema schema(String file) {
        try {
            JsonNode node = JSON.readTree(schemasDir().resolve(file).toFile());
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonSchema feedSchema() {
        return schema("listings-feed-schema-v2.json");
    }

    static JsonSchema messageSchema() {
        return schema("listings-feed-message-schema-v2.json");
    }

    static List<String> errors(JsonSchema schema, JsonNode document) {
        Set<ValidationMessage> messages = schema.validate(document);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    static JsonNode tree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static QueueEntryView entry(
            int n,
            MarketplaceId marketplace,
            String sellerSku,
            String productType,
            Money price,
            int quantity,
            boolean reprice) {
        AccountId account = new AccountId("acc-1");
        InventoryItemId item = new InventoryItemId("item-" + n);
        return new QueueEntryView(
                QueueItemId.of(item, account, marketplace),
                item,
                account,
                marketplace,
                "LOCAL-" + n,
                "Item " + n,
                "B0" + String.format("%08d", n % 100_000_000),
                ItemCondition.values()[n % ItemCondition.values().length],
                sellerSku,
                false,
                productType,
                price,
                quantity,
                null,
                null,
                null,
                null,
                false,
                reprice,
                Instant.parse("2026-01-01T00:00:00Z"),
                null,
                null,
                null);
    }

    /** {@code n} entries with distinct SKUs, prices with scales 0–2, half of them new SKUs (no live offer). */
    static List<QueueEntryView> entries(int n, MarketplaceId marketplace, String currency) {
        List<QueueEntryView> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigDecimal amount = BigDecimal.valueOf(100 + (i * 37L) % 90_000, i % 3);
            entries.add(entry(
                    i,
                    marketplace,
                    "SKU-" + i,
                    i % 2 == 0 ? "LUGGAGE" : "KITCHEN",
                    new Money(amount, java.util.Currency.getInstance(currency)),
                    i % 5,
                    i % 7 == 0));
        }
        return entries;
    }

    static FeedMessage patch(int id, String sku, Money price, Integer quantity) {
        return new FeedMessage(
                id,
                sku,
                FeedOperation.PATCH,
                "LUGGAGE",
                "B000000001",
                ItemCondition.NEW_NEW,
                price,
                quantity,
                null,
                quantity == null ? null : 0,
                quantity == null ? 0 : quantity,
                List.of(new QueueItemId("item-" + id + "@acc@mp")));
    }

    static FeedMessage update(int id, String sku, String asin, ItemCondition condition, Money price, int quantity) {
        return new FeedMessage(
                id,
                sku,
                FeedOperation.UPDATE,
                "LUGGAGE",
                asin,
                condition,
                price,
                quantity,
                null,
                null,
                quantity,
                List.of(new QueueItemId("item-" + id + "@acc@mp")));
    }
}
