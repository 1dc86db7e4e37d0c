// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.api.SellersyncIntegrationTest;
import io.sellersync.api.graphql.GraphQlErrors;
import io.sellersync.messages.inventory.CreateInventoryItemCommand;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.BusinessError;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The local SKU stays unique when several commands claim it at the same moment: the lookup table is written in each
 * command's own transaction, so exactly one item is created and every other one is refused by field, with no event
 * stored for it. A resent creation (an import after a crash) is harmless.
 */
@SellersyncIntegrationTest
class LocalSkuUniquenessIT {

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    private static CreateInventoryItemCommand create(InventoryItemId id, String sku) {
        return new CreateInventoryItemCommand(
                id,
                sku,
                null,
                "Race " + sku,
                ItemCondition.NEW_NEW,
                Money.of("5.00", "GBP"),
                1,
                null,
                InventoryStatus.BACKLOG,
                null,
                "concurrency test");
    }

    @Test
    void concurrentClaimsOfOneSkuCreateExactlyOneItem() throws Exception {
        String sku = "RACE-" + UUID.randomUUID().toString().substring(0, 8);
        int contenders = 6;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        CountDownLatch start = new CountDownLatch(1);
        List<InventoryItemId> ids = new ArrayList<>();
        List<Future<Throwable>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < contenders; i++) {
                InventoryItemId id = InventoryItemId.random();
                ids.add(id);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        commands.sendAndWait(create(id, sku));
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<Throwable> outcome : outcomes) {
                Throwable failure = outcome.get();
                if (failure == null) {
                    created++;
                } else {
                    BusinessError error = GraphQlErrors.businessError(failure)
                            .orElseThrow(() -> new AssertionError("a refusal, not " + failure, failure));
                    assertThat(error.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(error.field()).isEqualTo("localSku");
                }
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        Integer stored = jdbc.queryForObject(
                "select count(distinct aggregate_identifier) from domain_event_entry where aggregate_identifier in ("
                        + String.join(
                                ",", ids.stream().map(id -> "'" + id + "'").toList()) + ")",
                Integer.class);
        assertThat(stored).as("items with stored events").isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from inventory_local_sku where local_sku = ?", Integer.class, sku))
                .isEqualTo(1);
    }

    @Test
    void aResentCreationChangesNothing() {
        String sku = "RESEND-" + UUID.randomUUID().toString().substring(0, 8);
        InventoryItemId id = InventoryItemId.random();
        commands.sendAndWait(create(id, sku));
        CompletableFuture<Object> again = commands.send(create(id, sku));
        assertThat(again.join()).isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from domain_event_entry where aggregate_identifier = ?",
                        Integer.class,
                        id.value()))
                .isEqualTo(1);
    }
}
