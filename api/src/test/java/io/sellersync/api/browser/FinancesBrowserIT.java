// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.api.EmulatedSeller;
import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.accounts.AccountConnections;
import io.sellersync.api.finances.EmulatorClock;
import io.sellersync.api.finances.FinancesIntegrationTest;
import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Three weeks of trading at the emulator with one payout short, synced through GraphQL (and again eight days later,
 * when the deferred shipments have been released), then the Transactions page
 * (summary cards, a type filter, a search by order id, the charts drawn, a transaction's breakdown tree and history)
 * and the Reconciliation page (the short payout first, the orders view) in real Chromium, plus the GraphQL answers and
 * typed errors, and the CSV export. Screenshots {@code transactions}, {@code transaction} and {@code reconciliation}
 * in {@code api/target/screenshots/}.
 */
@FinancesIntegrationTest
@TestPropertySource(properties = "SELLERSYNC_DATA_DIR=${java.io.tmpdir}/sellersync-finances-browser-it")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FinancesBrowserIT {

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        IntegrationTestSupport.ownSchema(registry, "finances_browser");
    }

    static {
        EmulatorClock.freshDatabase("sellersync-finances-browser-it");
    }

    private static EmulatedSeller seller;
    private static String token;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountConnections connections;

    HttpGraphQlTester graphql;

    @BeforeEach
    void tradeAndSyncOnce() {
        if (token == null) {
            token = IntegrationTestSupport.adminToken(users, tokens);
        }
        graphql = IntegrationTestSupport.graphQl(port, token);
        if (seller != null) {
            return;
        }
        EmulatorClock.follow(() -> seller == null ? Instant.parse("2026-02-16T10:00:00Z") : emulatorNow());
        seller = new EmulatedSeller(
                connections, "Browser finances shop", Map.of("start-time", "2026-02-16T10:00:00Z", "seed", "912"));
        for (int week = 1; week <= 3; week++) {
            seller.control("PUT", "/buyers", "{\"purchasesPerHour\": 6}");
            seller.advance(24 * 3600);
            seller.control("PUT", "/buyers", "{\"purchasesPerHour\": 0}");
            seller.advance(6 * 24 * 3600);
            if (week == 1) {
                seller.control(
                        "POST",
                        "/finances/payout-discrepancy",
                        "{\"marketplaceId\": \"" + seller.marketplaces.get(0).value() + "\", \"amount\": -2.50}");
            }
        }
        await().atMost(Duration.ofSeconds(240)).ignoreExceptions().until(() -> sync("INCREMENTAL"));
        await().atMost(Duration.ofSeconds(240)).ignoreExceptions().until(() -> sync("SWEEP"));
        seller.advance(8 * 24 * 3600);
        sync("INCREMENTAL");
        sync("SWEEP");
        long truth = visibleTruth().size();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> graphql.document("{ transactions(filter: {accountId: \"" + seller.accountId.value()
                                        + "\"}, size: 1) { total } }")
                                .execute()
                                .path("transactions.total")
                                .entity(Long.class)
                                .get()
                        == truth);
    }

    @AfterAll
    static void stop() {
        EmulatorClock.follow(null);
        if (seller != null) {
            seller.close();
            seller = null;
        }
        token = null;
    }

    @Test
    @Order(1)
    void graphQlAnswersTheFiguresAndRefusesBadInputNamingTheField() {
        String account = seller.accountId.value();
        long refunds = visibleTruth().stream()
                .filter(t -> t.get("transactionType").asText().equals("Refund"))
                .count();
        assertThat(graphql.document(
                                "{ transactions(filter: {accountId: \"" + account
                                        + "\", type: \"Refund\"}, size: 1000) { total items { type refunds { amount currency } } } }")
                        .execute()
                        .path("transactions.total")
                        .entity(Long.class)
                        .get())
                .isEqualTo(refunds)
                .isPositive();
        String firstId = graphql.document("{ transactions(filter: {accountId: \"" + account
                        + "\", type: \"Shipment\"}, size: 1) { items { transactionId } } }")
                .execute()
                .path("transactions.items[0].transactionId")
                .entity(String.class)
                .get();
        graphql.document("query($id: ID!) { transaction(id: $id) { summary { total { amount } categories { category"
                        + " label amount { amount currency } } } transaction { breakdowns { type amount breakdowns {"
                        + " type amount breakdowns { type amount } } } } history { event description } } }")
                .variable("id", firstId)
                .execute()
                .path("transaction.transaction.breakdowns[0].type")
                .entity(String.class)
                .isEqualTo("Sales")
                .path("transaction.history[0].event")
                .entity(String.class)
                .isEqualTo("TransactionRecordedEvent")
                .path("transaction.summary.categories[*].category")
                .entityList(String.class)
                .contains("PRODUCT_SALES", "COMMISSION");
        graphql.document("{ payoutReconciliation(accountId: \"" + account + "\") { mismatches items { status"
                        + " difference { amount } } } }")
                .execute()
                .path("payoutReconciliation.mismatches")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("payoutReconciliation.items[0].status")
                .entity(String.class)
                .isEqualTo("MISMATCH")
                .path("payoutReconciliation.items[0].difference.amount")
                .entity(String.class)
                .isEqualTo("2.50");
        graphql.document("{ monthlySummary(filter: {accountId: \"" + account
                        + "\"}) { month currency net { amount } } }")
                .execute()
                .path("monthlySummary[*].month")
                .entityList(String.class)
                .contains("2026-02", "2026-03");
        graphql.document(
                        "{ transactionSyncStatus(accountId: \"" + account + "\") { position lastKind failuresInRow } }")
                .execute()
                .path("transactionSyncStatus[0].lastKind")
                .entity(String.class)
                .isEqualTo("SWEEP");

        graphql.document("{ transactions(filter: {postedFrom: \"last tuesday\"}) { total } }")
                .execute()
                .errors()
                .satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "INVALID_INPUT");
                    assertThat(errors.get(0).getExtensions()).containsEntry("field", "filter.postedFrom");
                });
        graphql.document("{ transactions(size: 5000) { total } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("field", "size"));
        graphql.document("mutation { importTransactions(accountId: \"" + account
                        + "\", from: \"2026-03-10\", to: \"2026-03-01\") }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("field", "to"));
    }

    @Test
    @Order(2)
    void theTransactionsPageFiltersSearchesDrawsItsChartsAndShowsATransactionsBreakdownAndHistory() throws Exception {
        try (Chromium chromium = Chromium.start()) {
            chromium.browser.manage().window().setSize(new Dimension(1400, 1500));
            signIn(chromium);
            chromium.browser.get(url("/transactions"));
            WebElement table = chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("transactions")));
            assertThat(chromium.browser.findElement(By.id("summary")).getText())
                    .contains("SALES · GBP")
                    .contains("FEES · EUR")
                    .contains("NET PROCEEDS");
            chromium.wait.until(ExpectedConditions.attributeToBe(By.id("net-chart"), "data-drawn", "true"));
            assertThat(chromium.browser.findElements(By.cssSelector("canvas[data-drawn=true]")))
                    .hasSizeGreaterThanOrEqualTo(2);
            assertThat(chromium.browser.findElement(By.id("page-info")).getText())
                    .contains("page 1 of");
            chromium.screenshot("transactions");

            new Select(chromium.browser.findElement(By.id("filter-type"))).selectByValue("Refund");
            chromium.browser.findElement(By.id("apply-filters")).click();
            chromium.wait.until(ExpectedConditions.urlContains("type=Refund"));
            List<WebElement> rows = chromium.browser.findElements(By.cssSelector("#transactions tbody tr"));
            assertThat(rows)
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.getAttribute("data-type")).isEqualTo("Refund"));
            String order = rows.get(0).findElements(By.tagName("td")).get(4).getText();

            chromium.browser.get(url("/transactions"));
            chromium.type("filter-search", order);
            chromium.browser.findElement(By.id("apply-filters")).click();
            chromium.wait.until(ExpectedConditions.urlContains("search="));
            table = chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("transactions")));
            assertThat(table.findElements(By.cssSelector("tbody tr")))
                    .extracting(r -> r.getAttribute("data-type"))
                    .containsExactlyInAnyOrder("Shipment", "Refund");

            table.findElement(By.cssSelector("tbody tr[data-type=Shipment] a")).click();
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("breakdown")));
            assertThat(chromium.browser.findElement(By.id("breakdown")).getText())
                    .contains("Sales")
                    .contains("ProductCharges")
                    .contains("Commission");
            assertThat(chromium.browser.findElement(By.id("categories")).getText())
                    .contains("Product sales")
                    .contains("Commission");
            assertThat(chromium.browser.findElements(By.cssSelector("#history tr[data-event]")))
                    .extracting(r -> r.getAttribute("data-event"))
                    .startsWith("TransactionRecordedEvent");

            String released = graphql.document("{ transactions(filter: {accountId: \"" + seller.accountId.value()
                            + "\", status: \"DEFERRED_RELEASED\"}, sort: \"postedDate\", desc: true, size: 200) {"
                            + " items { transactionId changes } } }")
                    .execute()
                    .path("transactions.items[?(@.changes > 0)].transactionId")
                    .entityList(String.class)
                    .get()
                    .get(0);
            chromium.browser.get(url("/transactions/" + released));
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
            assertThat(chromium.browser.findElements(By.cssSelector("#history tr[data-event]")))
                    .extracting(r -> r.getAttribute("data-event"))
                    .startsWith("TransactionRecordedEvent")
                    .contains("TransactionChangedEvent");
            assertThat(chromium.browser.findElement(By.id("history")).getText())
                    .contains("status: DEFERRED → DEFERRED_RELEASED");
            chromium.screenshot("transaction");
        }
    }

    @Test
    @Order(3)
    void theReconciliationPageShowsTheShortPayoutFirstAndTheOrders() throws Exception {
        try (Chromium chromium = Chromium.start()) {
            chromium.browser.manage().window().setSize(new Dimension(1400, 1100));
            signIn(chromium);
            // This seller's figures: on a database shared with other suites, their orders would fill the first page.
            chromium.browser.get(url("/reconciliation?account=" + seller.accountId));
            WebElement payouts = chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("payouts")));
            List<WebElement> rows = payouts.findElements(By.cssSelector("tbody tr"));
            assertThat(rows.get(0).getAttribute("data-status")).isEqualTo("MISMATCH");
            assertThat(rows.get(0).getText()).contains("£2.50");
            assertThat(rows.stream().filter(r -> "MISMATCH".equals(r.getAttribute("data-status"))))
                    .hasSize(1);
            assertThat(rows.stream().filter(r -> "RECONCILED".equals(r.getAttribute("data-status"))))
                    .isNotEmpty();
            assertThat(chromium.browser.findElement(By.id("payout-mismatches")).getText())
                    .contains("1 payout");
            chromium.screenshot("reconciliation");

            chromium.browser.findElement(By.id("tab-orders")).click();
            WebElement orders = chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orders")));
            assertThat(orders.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
            assertThat(orders.getText()).contains("Commission");
            chromium.browser.findElement(By.id("mismatches-only")).click();
            chromium.browser
                    .findElement(By.cssSelector("#reconciliation-filters button"))
                    .click();
            chromium.wait.until(ExpectedConditions.urlContains("mismatches=true"));
        }
    }

    @Test
    @Order(4)
    void theTransactionsCsvHasOneColumnPerFeeCategoryAndTheMonthlySummaryAddsUp() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String csv = http.send(
                        HttpRequest.newBuilder(URI.create(url("/transactions/export.csv?account=" + seller.accountId)))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
        assertThat(csv).startsWith("\uFEFFDate,Posted at (UTC),Account,Transaction ID");
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(visibleTruth().size() + 1);
        int columns = lines[0].split(",", -1).length;
        assertThat(lines[0]).contains(",Commission,", ",Digital services fee,", ",FBA fees,", ",Uncategorised,");
        String month = http.send(
                        HttpRequest.newBuilder(
                                        URI.create(url("/reconciliation/months.csv?account=" + seller.accountId)))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
        assertThat(month)
                .startsWith("\uFEFFMonth,Currency,Transactions,Sales")
                .contains("\r\n2026-02,")
                .contains("\r\n2026-03,");
        assertThat(columns).isGreaterThan(30);
    }

    private boolean sync(String kind) {
        Instant end = emulatorNow().minus(Duration.ofMinutes(3));
        graphql.document("mutation { syncTransactions(accountId: \"" + seller.accountId.value() + "\", kind: " + kind
                        + ") }")
                .execute()
                .path("syncTransactions")
                .entity(Boolean.class)
                .isEqualTo(true);
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    JsonNode status = new com.fasterxml.jackson.databind.ObjectMapper()
                            .valueToTree(
                                    graphql.document("{ transactionSyncStatus(accountId: \"" + seller.accountId.value()
                                                    + "\") { position lastKind lastTo lastError failuresInRow } }")
                                            .execute()
                                            .path("transactionSyncStatus[0]")
                                            .entity(Map.class)
                                            .get());
                    return kind.equals(status.path("lastKind").asText())
                            && end.toString()
                                    .equals(status.path(kind.equals("SWEEP") ? "lastTo" : "position")
                                            .asText());
                });
        return true;
    }

    private void signIn(Chromium chromium) {
        chromium.browser.get(url("/login"));
        chromium.type("username", IntegrationTestSupport.ADMIN);
        chromium.type("password", IntegrationTestSupport.ADMIN_PASSWORD);
        chromium.browser.findElement(By.id("sign-in")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-count")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static List<JsonNode> visibleTruth() {
        Instant latest = emulatorNow().minus(Duration.ofMinutes(3));
        List<JsonNode> truth = new java.util.ArrayList<>();
        for (JsonNode t : seller.control("GET", "/transactions?sellerId=" + seller.sellerId, null)) {
            if (Instant.parse(t.get("postedDate").asText()).isBefore(latest)) {
                truth.add(t);
            }
        }
        return truth;
    }

    static Instant emulatorNow() {
        return Instant.parse(seller.control("GET", "/clock", null).get("now").asText());
    }
}
