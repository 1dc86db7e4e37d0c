// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.SellersyncIntegrationTest;
import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.inventory.InventoryPage;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.inventory.SearchInventoryQuery;
import io.sellersync.messages.shared.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The CSV import end to end over real HTTP and PostgreSQL: corpus files through the upload page and GraphQL show
 * per-row errors with line numbers and import nothing; a good file imports completely (visible through
 * {@link SearchInventoryQuery}), a second click changes nothing, and the export reads back as the same items.
 */
@SellersyncIntegrationTest
class CsvImportIT {

    private static final String PREVIEW = """
            query($csv: String!, $currency: String) {
              previewInventoryImport(csv: $csv, defaultCurrency: $currency) {
                encoding delimiter rowCount errorCount importable
                errors { line column message }
                mapping { field column }
                sample { line localSku price currency condition }
              }
            }
            """;
    private static final String IMPORT = """
            mutation($csv: String!, $currency: String, $id: ID) {
              importInventory(csv: $csv, defaultCurrency: $currency, importId: $id) {
                importId imported rowCount errorCount errors { line column message }
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
    QueryGateway queries;

    HttpGraphQlTester graphql;
    HttpClient browser;
    String unique;

    @BeforeEach
    void setUp() throws Exception {
        graphql = IntegrationTestSupport.graphQl(port, IntegrationTestSupport.adminToken(users, tokens));
        unique = "IT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        login();
    }

    @Test
    void graphQlPreviewNamesLinesAndColumnsAndImportWritesNothingWhenAnyRowFails() {
        String bad = corpus("err-negative-zero-price.csv");
        Map<String, Object> preview = graphql.document(PREVIEW)
                .variable("csv", bad)
                .variable("currency", "GBP")
                .execute()
                .path("previewInventoryImport")
                .entity(Map.class)
                .get();
        assertThat(preview.get("importable")).isEqualTo(false);
        assertThat(preview.get("errorCount")).isEqualTo(5);
        assertThat((List<Map<String, Object>>) preview.get("errors"))
                .extracting(e -> e.get("line") + ":" + e.get("column"))
                .containsExactly("2:price", "3:price", "4:price", "5:price", "6:cost");

        String mixed = corpus("err-mixed-good-and-bad.csv").replace("MX-", unique + "-");
        Map<String, Object> result = graphql.document(IMPORT)
                .variable("csv", mixed)
                .variable("currency", "GBP")
                .execute()
                .path("importInventory")
                .entity(Map.class)
                .get();
        assertThat(result.get("imported")).isEqualTo(0);
        assertThat((List<Map<String, Object>>) result.get("errors"))
                .extracting(e -> e.get("line"))
                .containsExactly(4);
        sleep(1000);
        assertThat(search(unique).total()).isZero();
    }

    @Test
    void graphQlMappingChoosesColumnsTheHeaderNamesDoNotGive() {
        String csv = "code,product,state,amount\n" + unique + "-M1,B00EXAMPLE,Used - Good,\"€ 7,50\"\n";
        String query = """
                query($csv: String!, $mapping: [ColumnMappingInput!]) {
                  previewInventoryImport(csv: $csv, mapping: $mapping) {
                    importable errorCount mapping { field column } sample { localSku condition price currency }
                  }
                }
                """;
        Map<String, Object> preview = graphql.document(query)
                .variable("csv", csv)
                .variable(
                        "mapping",
                        List.of(
                                Map.of("field", "LOCAL_SKU", "column", "code"),
                                Map.of("field", "ASIN", "column", "product"),
                                Map.of("field", "CONDITION", "column", "state"),
                                Map.of("field", "PRICE", "column", "amount")))
                .execute()
                .path("previewInventoryImport")
                .entity(Map.class)
                .get();
        assertThat(preview.get("importable")).isEqualTo(true);
        assertThat((List<Map<String, Object>>) preview.get("sample"))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("localSku", unique + "-M1")
                        .containsEntry("condition", "used_good")
                        .containsEntry("price", "7.50")
                        .containsEntry("currency", "EUR"));
        graphql.document(query)
                .variable("csv", csv)
                .variable("mapping", List.of(Map.of("field", "LOCAL_SKU", "column", "nope")))
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("field", "mapping")));
    }

    @Test
    void graphQlRefusesAFileThatIsNoInventoryListWithATypedError() {
        graphql.document(PREVIEW)
                .variable("csv", corpus("refused-wrong-headers.csv"))
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).contains("Required columns missing");
                    assertThat(error.getExtensions())
                            .containsEntry("code", "INVALID_INPUT")
                            .containsEntry("field", "csv");
                }));
        graphql.document(IMPORT)
                .variable("csv", corpus("ok-basic.csv"))
                .variable("id", "../not-a-uuid")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(error -> assertThat(error.getExtensions())
                                .containsEntry("code", "INVALID_INPUT")
                                .containsEntry("field", "importId")));
        graphql.document(IMPORT)
                .variable("csv", "")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("empty")));
    }

    @Test
    void graphQlImportsAGoodFileCompletelyOnceAndTheExportReadsBack() throws Exception {
        String csv = corpus("ok-basic.csv").replace("SKU-00", unique + "-");
        String importId = UUID.randomUUID().toString();
        Map<String, Object> result = importCsv(csv, importId);
        assertThat(result.get("imported")).isEqualTo(3);
        await().atMost(Duration.ofSeconds(20)).until(() -> search(unique).total() == 3);
        InventoryItemView first = search(unique).items().get(0);
        assertThat(first.localSku()).isEqualTo(unique + "-1");
        assertThat(first.price()).isEqualTo(Money.of("12.50", "GBP"));
        assertThat(first.cost()).isEqualTo(Money.of("4.00", "GBP"));
        assertThat(first.quantity()).isEqualTo(3);
        assertThat(first.condition()).isEqualTo(ItemCondition.NEW_NEW);
        assertThat(first.notes()).isEqualTo("first shelf");
        assertThat(search(unique).items().get(2).price()).isNull();
        assertThat(search(unique).items().get(1).status()).isEqualTo(InventoryStatus.LISTED);

        // The same import again (a second click, a retry): nothing new.
        assertThat(importCsv(csv, importId).get("imported")).isEqualTo(3);
        sleep(1000);
        assertThat(search(unique).total()).isEqualTo(3);

        // Another import of the same SKUs: refused row by row, nothing written.
        Map<String, Object> again = importCsv(csv, UUID.randomUUID().toString());
        assertThat(again.get("imported")).isEqualTo(0);
        assertThat((List<Map<String, Object>>) again.get("errors"))
                .extracting(e -> e.get("line") + ":" + e.get("column"))
                .containsExactly("2:local_sku", "3:local_sku", "4:local_sku");

        // Export → the import's own format: every SKU maps, and each is reported as already in the inventory.
        HttpResponse<byte[]> export = browser.send(
                HttpRequest.newBuilder(url("/inventory/export.csv?search=" + unique + "&sort=localSku"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        byte[] bytes = export.body();
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(4);
        assertThat(text.lines().toList().get(1))
                .isEqualTo(unique + "-1,B00EXAMPLE,Blue mug,new_new,12.50,GBP,3,4.00,BACKLOG,first shelf");
        Map<String, Object> roundTrip = graphql.document(PREVIEW)
                .variable("csv", text)
                .execute()
                .path("previewInventoryImport")
                .entity(Map.class)
                .get();
        assertThat(roundTrip.get("encoding")).isEqualTo("UTF-8 with BOM");
        assertThat(roundTrip.get("rowCount")).isEqualTo(3);
        assertThat((List<Map<String, Object>>) roundTrip.get("errors"))
                .extracting(e -> (String) e.get("message"))
                .allSatisfy(m -> assertThat(m).contains("already in the inventory"))
                .hasSize(3);
    }

    @Test
    void uploadPagePreviewsErrorsAndImportsNothingWhenAnyRowFails() throws Exception {
        String mixed = corpus("err-mixed-good-and-bad.csv").replace("MX-", unique + "-");
        String previewUrl = upload("stock.csv", mixed.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> preview = get(previewUrl);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains("data-line=\"4\"")
                .contains("Nothing is imported while any row has an error")
                .doesNotContain("id=\"import-button\"");
        // Posting the import anyway (a crafted request) still writes nothing.
        String importId = previewUrl.replaceAll(".*/inventory/import/([^?]+).*", "$1");
        HttpResponse<String> posted = post("/inventory/import/" + importId, Map.of("currency", "GBP"));
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).contains("/inventory/import/" + importId);
        sleep(1000);
        assertThat(search(unique).total()).isZero();
    }

    @Test
    void uploadPageImportsAGoodFileAndASecondClickChangesNothing() throws Exception {
        String csv = corpus("ok-quotes-newlines.csv").replace("Q-", unique + "-");
        String previewUrl = upload("quotes.csv", csv.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> preview = get(previewUrl);
        assertThat(preview.body()).contains("Import 3 items").contains("UTF-8").contains("comma");
        String importId = previewUrl.replaceAll(".*/inventory/import/([^?]+).*", "$1");
        HttpResponse<String> imported = post("/inventory/import/" + importId, Map.of("currency", "GBP"));
        assertThat(imported.statusCode()).isEqualTo(302);
        assertThat(imported.headers().firstValue("Location").orElseThrow()).endsWith("/inventory");
        await().atMost(Duration.ofSeconds(20)).until(() -> search(unique).total() == 3);
        assertThat(search(unique).items())
                .extracting(InventoryItemView::title)
                .contains("Mug, large \"XL\"", "Three\nline\ntitle");
        HttpResponse<String> again = post("/inventory/import/" + importId, Map.of("currency", "GBP"));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/inventory/import");
        sleep(500);
        assertThat(search(unique).total()).isEqualTo(3);
    }

    @Test
    void everyKindOfBadFileGetsAPageNeverAServerError() throws Exception {
        for (String file : List.of(
                "refused-binary.csv",
                "refused-wrong-headers.csv",
                "refused-only-header.csv",
                "err-many-errors.csv",
                "err-unclosed-quote.csv",
                "ok-latin1-pound-comma.csv",
                "ok-utf16-bom.csv")) {
            String location = upload(file, CsvCorpusTest.bytes(file));
            HttpResponse<String> page = get(location);
            assertThat(page.statusCode()).as(file).isEqualTo(200);
            if (file.equals("err-many-errors.csv")) {
                assertThat(page.body()).contains("1200 errors — the first 1000 are listed");
            }
            if (file.equals("ok-latin1-pound-comma.csv")) {
                assertThat(page.body())
                        .contains("Windows-1252")
                        .contains("semicolon")
                        .contains("GBP 12.50");
            }
            if (file.startsWith("refused-")) {
                assertThat(page.body()).contains("id=\"problem\"");
            }
        }
        // An empty file is refused at the upload.
        String empty = upload("empty.csv", new byte[0]);
        assertThat(empty).endsWith("/inventory/import");
    }

    private Map<String, Object> importCsv(String csv, String importId) {
        return graphql.document(IMPORT)
                .variable("csv", csv)
                .variable("currency", "GBP")
                .variable("id", importId)
                .execute()
                .path("importInventory")
                .entity(Map.class)
                .get();
    }

    private InventoryPage search(String text) {
        return queries.query(
                        new SearchInventoryQuery(text, null, null, "localSku", false, 0, 50),
                        ResponseTypes.instanceOf(InventoryPage.class))
                .join();
    }

    private void login() throws IOException, InterruptedException {
        String form = "username=" + IntegrationTestSupport.ADMIN + "&password="
                + URLEncoder.encode(IntegrationTestSupport.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + csrf(get("/login").body());
        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
    }

    /** Uploads through the form (multipart with the CSRF token) and returns where it redirects. */
    private String upload(String name, byte[] content) throws IOException, InterruptedException {
        String token = csrf(get("/inventory/import").body());
        String boundary = "----sellersync" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field :
                Map.of("_csrf", token, "currency", "GBP", "delimiter", "auto").entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                            + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(url("/inventory/import"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        StringBuilder form =
                new StringBuilder("_csrf=" + csrf(get("/inventory/import").body()));
        fields.forEach(
                (k, v) -> form.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return browser.send(
                HttpRequest.newBuilder(url(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("CSRF field in page").isTrue();
        return csrf.group(1);
    }

    private URI url(String path) {
        return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
    }

    private static String corpus(String file) {
        return new String(CsvCorpusTest.bytes(file), StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
