// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.SellersyncIntegrationTest;
import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inventory over GraphQL, end to end on PostgreSQL: what a seller or a script sees after creating, editing,
 * searching, paging and sorting items, and that a bad or duplicate input is refused by field with nothing changed.
 */
@SellersyncIntegrationTest
class InventoryGraphQlIT {

    private static final String CREATE = """
            mutation($input: InventoryItemInput!) {
              createInventoryItem(input: $input) { itemId item { localSku price { amount currency } quantity status } }
            }
            """;

    private static final String UPDATE = """
            mutation($id: ID!, $input: InventoryItemInput!) {
              updateInventoryItem(id: $id, input: $input) { item { localSku title quantity status price { amount } } }
            }
            """;

    private static final String ITEM = """
            query($id: ID!) {
              inventoryItem(id: $id) {
                localSku asin title condition conditionCode quantity status notes
                price { amount currency } cost { amount currency }
                history { description eventType user }
              }
            }
            """;

    private static final String SEARCH = """
            query($search: String, $status: InventoryStatus, $sort: String, $descending: Boolean, $page: Int, $size: Int) {
              inventory(search: $search, status: $status, sort: $sort, descending: $descending, page: $page, size: $size) {
                total page size items { localSku price { amount } }
              }
            }
            """;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    HttpGraphQlTester graphql;
    String prefix;

    @BeforeEach
    void setUp() {
        graphql = IntegrationTestSupport.graphQl(port, IntegrationTestSupport.adminToken(users, tokens));
        prefix = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-";
    }

    private Map<String, Object> input(String sku, String price) {
        Map<String, Object> input = new HashMap<>();
        input.put("localSku", sku);
        input.put("asin", "B00EXAMPLE");
        input.put("title", "Blue mug " + sku);
        input.put("condition", "USED_GOOD");
        input.put("price", price);
        input.put("cost", "4.00");
        input.put("currency", "GBP");
        input.put("notes", "chip on rim");
        return input;
    }

    private String create(Map<String, Object> input) {
        String id = graphql.document(CREATE)
                .variable("input", input)
                .execute()
                .path("createInventoryItem.itemId")
                .entity(String.class)
                .get();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> graphql.document("query($id: ID!) { inventoryItem(id: $id) { localSku } }")
                        .variable("id", id)
                        .execute()
                        .path("inventoryItem.localSku")
                        .entity(String.class)
                        .isEqualTo(input.get("localSku")));
        return id;
    }

    private ResponseError refusal(String document, Map<String, Object> variables) {
        List<ResponseError> errors = new java.util.ArrayList<>();
        var request = graphql.document(document);
        variables.forEach(request::variable);
        request.execute().errors().satisfy(errors::addAll);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void createsAnItemThatReadsBackWithItsHistory() {
        String id = graphql.document(CREATE)
                .variable("input", input(prefix + "1", "12.5"))
                .execute()
                .path("createInventoryItem.item.price.amount")
                .entity(String.class)
                .isEqualTo("12.50")
                .path("createInventoryItem.item.quantity")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("createInventoryItem.item.status")
                .entity(String.class)
                .isEqualTo("BACKLOG")
                .path("createInventoryItem.itemId")
                .entity(String.class)
                .get();

        Map<String, Object> item = graphql.document(ITEM)
                .variable("id", id)
                .execute()
                .path("inventoryItem")
                .entity(Map.class)
                .get();
        assertThat(item)
                .containsEntry("localSku", prefix + "1")
                .containsEntry("conditionCode", "used_good")
                .containsEntry("price", Map.of("amount", "12.50", "currency", "GBP"))
                .containsEntry("cost", Map.of("amount", "4.00", "currency", "GBP"));
        List<Map<String, Object>> history = (List<Map<String, Object>>) item.get("history");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("description"))
                .isEqualTo("Item " + prefix + "1 (B00EXAMPLE) created: Used – good, GBP 12.50, quantity 1, BACKLOG"
                        + " (created through the API)");
        assertThat(history.get(0)).containsEntry("user", IntegrationTestSupport.ADMIN);
    }

    @Test
    void editingRecordsOnlyWhatChanged() {
        String id = create(input(prefix + "1", "12.00"));
        Map<String, Object> edited = input(prefix + "1", "11.50");
        edited.put("quantity", 3);
        edited.put("status", "LISTED");

        graphql.document(UPDATE)
                .variable("id", id)
                .variable("input", edited)
                .execute()
                .path("updateInventoryItem.item.quantity")
                .entity(Integer.class)
                .isEqualTo(3)
                .path("updateInventoryItem.item.price.amount")
                .entity(String.class)
                .isEqualTo("11.50")
                .path("updateInventoryItem.item.status")
                .entity(String.class)
                .isEqualTo("LISTED");

        List<String> history = graphql.document(ITEM)
                .variable("id", id)
                .execute()
                .path("inventoryItem.history[*].description")
                .entityList(String.class)
                .get();
        assertThat(history)
                .hasSize(4)
                .contains(
                        "Details of " + prefix + "1 changed: quantity 3",
                        "Price of " + prefix + "1 changed from GBP 12.00 to GBP 11.50 (edited)",
                        "Status of " + prefix + "1 changed from BACKLOG to LISTED (edited)");

        graphql.document(UPDATE).variable("id", id).variable("input", edited).execute();
        assertThat(graphql.document(ITEM)
                        .variable("id", id)
                        .execute()
                        .path("inventoryItem.history")
                        .entityList(Object.class)
                        .get())
                .as("the same values again record nothing")
                .hasSize(4);
    }

    @Test
    void searchesPagesAndSortsOnTheServer() {
        for (int i = 1; i <= 5; i++) {
            create(input(prefix + i, (10 + i) + ".00"));
        }
        graphql.document(SEARCH)
                .variable("search", prefix.toLowerCase())
                .variable("sort", "price")
                .variable("descending", true)
                .variable("page", 0)
                .variable("size", 2)
                .execute()
                .path("inventory.total")
                .entity(Integer.class)
                .isEqualTo(5)
                .path("inventory.items[*].localSku")
                .entityList(String.class)
                .containsExactly(prefix + "5", prefix + "4");

        graphql.document(SEARCH)
                .variable("search", prefix)
                .variable("sort", "localSku")
                .variable("page", 2)
                .variable("size", 2)
                .execute()
                .path("inventory.items[*].localSku")
                .entityList(String.class)
                .containsExactly(prefix + "5");

        graphql.document(SEARCH)
                .variable("search", prefix + "3")
                .execute()
                .path("inventory.items[*].price.amount")
                .entityList(String.class)
                .containsExactly("13.00");

        graphql.document(SEARCH)
                .variable("search", prefix)
                .variable("status", "SOLD")
                .execute()
                .path("inventory.total")
                .entity(Integer.class)
                .isEqualTo(0);
    }

    @Test
    void refusesBadInputByFieldAndChangesNothing() {
        Map<String, Object> bad = input(prefix + "1", "£12,50");
        ResponseError error = refusal(CREATE, Map.of("input", bad));
        assertThat(error.getExtensions()).containsEntry("code", "INVALID_INPUT").containsEntry("field", "price");

        bad = input(prefix + "1", "0");
        assertThat(refusal(CREATE, Map.of("input", bad)).getExtensions()).containsEntry("field", "price");

        // Larger than any read model column holds: refused up front, never stored as an event.
        bad = input(prefix + "1", "12345678901.00");
        ResponseError tooLarge = refusal(CREATE, Map.of("input", bad));
        assertThat(tooLarge.getExtensions()).containsEntry("field", "price");
        assertThat(tooLarge.getMessage()).contains("9,999,999,999");

        bad = input(prefix + "1", "1e999999999");
        assertThat(refusal(CREATE, Map.of("input", bad)).getExtensions()).containsEntry("field", "price");

        bad = input(prefix + "1", "12.00");
        bad.put("asin", "not-an-asin");
        assertThat(refusal(CREATE, Map.of("input", bad)).getExtensions()).containsEntry("field", "asin");

        bad = input(prefix + "1", "12.00");
        bad.remove("condition");
        assertThat(refusal(CREATE, Map.of("input", bad)).getExtensions()).containsEntry("field", "condition");

        graphql.document(SEARCH)
                .variable("search", prefix)
                .execute()
                .path("inventory.total")
                .entity(Integer.class)
                .isEqualTo(0);

        String id = create(input(prefix + "1", "12.00"));
        Map<String, Object> edit = input(prefix + "1", "12.00");
        edit.put("quantity", -1);
        assertThat(refusal(UPDATE, Map.of("id", id, "input", edit)).getExtensions())
                .containsEntry("field", "quantity");
        graphql.document(ITEM)
                .variable("id", id)
                .execute()
                .path("inventoryItem.quantity")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("inventoryItem.history")
                .entityList(Object.class)
                .hasSize(1);

        assertThat(refusal(SEARCH, Map.of("size", 201)).getExtensions()).containsEntry("field", "size");
        assertThat(refusal(SEARCH, Map.of("sort", "price; drop table x")).getExtensions())
                .containsEntry("field", "sort");
    }

    @Test
    void refusesADuplicateLocalSku() {
        create(input(prefix + "1", "12.00"));
        ResponseError error = refusal(CREATE, Map.of("input", input(prefix + "1", "9.00")));
        assertThat(error.getExtensions()).containsEntry("code", "CONFLICT").containsEntry("field", "localSku");

        String other = create(input(prefix + "2", "9.00"));
        ResponseError renamed = refusal(UPDATE, Map.of("id", other, "input", input(prefix + "1", "9.00")));
        assertThat(renamed.getExtensions()).containsEntry("code", "CONFLICT").containsEntry("field", "localSku");

        graphql.document(SEARCH)
                .variable("search", prefix)
                .execute()
                .path("inventory.total")
                .entity(Integer.class)
                .isEqualTo(2);
    }

    @Test
    void aRenamedItemFreesItsOldSku() {
        String id = create(input(prefix + "1", "12.00"));
        graphql.document(UPDATE)
                .variable("id", id)
                .variable("input", input(prefix + "9", "12.00"))
                .execute()
                .path("updateInventoryItem.item.localSku")
                .entity(String.class)
                .isEqualTo(prefix + "9");
        create(input(prefix + "1", "8.00"));
        graphql.document(SEARCH)
                .variable("search", prefix)
                .execute()
                .path("inventory.total")
                .entity(Integer.class)
                .isEqualTo(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void replayRebuildsTheInventoryAndKeepsSkusUnique() {
        String id = create(input(prefix + "R", "12.00"));
        Map<String, Object> edited = input(prefix + "R", "10.00");
        edited.put("quantity", 7);
        graphql.document(UPDATE).variable("id", id).variable("input", edited).execute();
        jdbc.update("update inventory_item set price_amount = 99, quantity = 0 where item_id = ?", id);

        graphql.document("mutation { replayProjection(name: \"inventory\") { name } }")
                .execute();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Object> status = graphql
                    .document("{ projections { name replaying running } }")
                    .execute()
                    .path("projections")
                    .entityList(Map.class)
                    .get()
                    .stream()
                    .map(m -> (Map<String, Object>) m)
                    .filter(m -> m.get("name").equals("inventory"))
                    .findFirst()
                    .orElseThrow();
            assertThat(status).containsEntry("replaying", false).containsEntry("running", true);
            graphql.document(ITEM)
                    .variable("id", id)
                    .execute()
                    .path("inventoryItem.price.amount")
                    .entity(String.class)
                    .isEqualTo("10.00")
                    .path("inventoryItem.quantity")
                    .entity(Integer.class)
                    .isEqualTo(7);
        });
        assertThat(refusal(CREATE, Map.of("input", input(prefix + "R", "9.00"))).getExtensions())
                .containsEntry("code", "CONFLICT")
                .containsEntry("field", "localSku");
    }
}
