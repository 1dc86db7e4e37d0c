// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.SellersyncIntegrationTest;
import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The inventory pages as a browser receives them: the list's server-side search, paging, sorting, totals, money
 * formatting and queue form; the form keeping values and naming the field on a refusal; the detail with history.
 */
@SellersyncIntegrationTest
class InventoryPagesIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    String token;
    HttpGraphQlTester graphql;
    HttpClient browser;
    String prefix;

    @BeforeEach
    void setUp() {
        token = IntegrationTestSupport.adminToken(users, tokens);
        graphql = IntegrationTestSupport.graphQl(port, token);
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        prefix = "PG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-";
    }

    private String create(String sku, String price, String currency) {
        String id = graphql.document("""
                        mutation($input: InventoryItemInput!) { createInventoryItem(input: $input) { itemId } }
                        """)
                .variable(
                        "input",
                        Map.of(
                                "localSku",
                                sku,
                                "asin",
                                "B00EXAMPLE",
                                "title",
                                "Mug <b>" + sku + "</b>",
                                "condition",
                                "NEW_NEW",
                                "price",
                                price,
                                "currency",
                                currency))
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
                        .isEqualTo(sku));
        return id;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String csrf, Map<String, String> form)
            throws IOException, InterruptedException {
        Map<String, String> body = new LinkedHashMap<>(form);
        body.put("_csrf", csrf);
        String encoded = body.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encoded))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("the page carries a CSRF token").isTrue();
        return m.group(1);
    }

    @Test
    void theListSearchesSortsAndPagesOnTheServer() throws Exception {
        for (int i = 1; i <= 3; i++) {
            create(prefix + i, i + "2.50", "GBP");
        }
        create(prefix + "EUR", "9.9", "EUR");

        String page = get("/inventory?search=" + prefix.toLowerCase() + "&sort=price&desc=true")
                .body();
        assertThat(page)
                .contains("1–4 of 4 items")
                .contains("£32.50", "£22.50", "£12.50", "€9.90")
                .contains("action=\"/sync/queue/add\"")
                .contains("Add selected to queue")
                .contains("name=\"itemIds\"")
                .containsPattern("action=\"/sync/queue/add\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\"")
                .contains("Mug &lt;b&gt;" + prefix + "1&lt;/b&gt;")
                .contains("/inventory/export.csv?search=" + prefix.toLowerCase() + "&amp;sort=price&amp;desc=true");
        assertThat(page.indexOf("£32.50")).isLessThan(page.indexOf("£12.50"));

        assertThat(page).as("BACKLOG items are added, LISTED ones repriced").doesNotContain("reprice=true");
        String listed = create(prefix + "L", "5.00", "GBP");
        graphql.document("mutation($id: ID!) { changeInventoryItemStatus(id: $id, status: LISTED) { itemId } }")
                .variable("id", listed)
                .execute();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/inventory?search=" + prefix + "L").body(), body -> body.contains("LISTED"));
        assertThat(get("/inventory?search=" + prefix + "L").body())
                .contains("formaction=\"/sync/queue/add?reprice=true\"")
                .contains(">Reprice</button>");

        String filtered = get("/inventory?search=" + prefix + "EUR").body();
        assertThat(filtered).contains("1–1 of 1 items").contains("€9.90").doesNotContain("£12.50");

        assertThat(page).doesNotContain("rel=\"next\"").doesNotContain("rel=\"prev\"");
        assertThat(get("/inventory?search=" + prefix + "&page=3").body())
                .contains("This page is past the last item")
                .doesNotContain("class=\"pager\"");

        String none = get("/inventory?search=" + prefix + "nothing-like-this").body();
        assertThat(none).contains("No items match").doesNotContain("Your inventory is empty");
    }

    @Test
    void theFormKeepsValuesAndNamesTheFieldOnARefusal() throws Exception {
        String form = get("/inventory/new").body();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("localSku", prefix + "F");
        values.put("asin", "B00EXAMPLE");
        values.put("title", "Teapot");
        values.put("condition", "USED_GOOD");
        values.put("price", "12,50");
        values.put("currency", "GBP");
        values.put("quantity", "2");
        values.put("status", "BACKLOG");

        HttpResponse<String> refused = post("/inventory", csrf(form), values);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("nothing was saved")
                .contains("data-field=\"price\"")
                .contains("value=\"12,50\"")
                .contains("value=\"Teapot\"");
        assertThat(get("/inventory?search=" + prefix + "F").body()).contains("No items match");

        values.put("price", "12.50");
        HttpResponse<String> created = post("/inventory", csrf(refused.body()), values);
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        String detail = get(URI.create(location).getPath()).body();
        assertThat(detail)
                .contains("Item " + prefix + "F created")
                .contains("£12.50")
                .contains("Teapot")
                .contains("created by hand");
    }

    @Test
    void theDetailShowsTheHistory() throws Exception {
        String id = create(prefix + "H", "12.00", "GBP");
        graphql.document(
                        "mutation($id: ID!) { changeInventoryItemStatus(id: $id, status: SOLD, reason: \"sold at a fair\")"
                                + " { itemId } }")
                .variable("id", id)
                .execute()
                .path("changeInventoryItemStatus.itemId")
                .hasValue();

        String detail = get("/inventory/" + id).body();
        assertThat(detail)
                .contains("id=\"history\"")
                .contains("Item " + prefix + "H (B00EXAMPLE) created")
                .contains("Status of " + prefix + "H changed from BACKLOG to SOLD (sold at a fair)")
                .contains(IntegrationTestSupport.ADMIN);

        assertThat(get("/inventory/no-such-item").statusCode()).isEqualTo(404);
    }
}
