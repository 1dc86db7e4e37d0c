// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.api.EmulatedSeller;
import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.SellersyncIntegrationTest;
import io.sellersync.api.accounts.AccountConnections;
import io.sellersync.api.feeds.FeedWorld;
import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.Money;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 6 as a seller meets it in real Chromium against the emulator: from the queue, a dry run (kept in History,
 * nothing sent), then a submit through the confirmation page that shows the computed quantities, then the feed's
 * page following the feed on its own (htmx) while the test advances Amazon's clock, until every SKU is verified.
 * Screenshots: {@code feed-dry-run}, {@code feed-confirm}, {@code feed-in-flight}, {@code feed-verified}.
 */
@SellersyncIntegrationTest
class FeedBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountConnections connections;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    Chromium chromium;
    EmulatedSeller seller;

    @BeforeEach
    void start() throws Exception {
        chromium = Chromium.start();
        seller = new EmulatedSeller(connections, "Feed browser shop", Map.of("seed", "670"));
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (seller != null) {
            seller.close();
        }
    }

    @Test
    void queueDryRunSubmitAndWatchTheFeedUntilEverySkuIsVerified() throws Exception {
        FeedWorld world = new FeedWorld(
                port,
                IntegrationTestSupport.adminToken(users, tokens),
                seller.accountId,
                seller.sellerId,
                seller::control,
                commands,
                queries);
        world.awaitAccount();
        JsonNode listing = world.nextListing();
        int live = listing.get("quantity").asInt();
        InventoryItemId restocked = world.item(listing, FeedWorld.livePrice(listing), 3);
        String asin = world.nextUnlisted();
        InventoryItemId fresh = world.item(asin, ItemCondition.NEW_NEW, Money.of("24.00", "GBP"), 2);
        world.addAll(List.of(restocked, fresh));
        String sku = listing.get("sku").asText();
        String newSku = world.sellerSku(fresh);
        WebDriverWait slow = new WebDriverWait(chromium.browser, Duration.ofSeconds(90));

        signIn();
        chromium.browser.get(url("/sync/queue?accountId=" + seller.accountId.value()));
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
        chromium.wait
                .until(ExpectedConditions.elementToBeClickable(target(".dry-run")))
                .click();

        chromium.wait.until(ExpectedConditions.urlContains("/sync/feeds/"));
        slow.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feed-status"), "VALIDATED"));
        assertThat(chromium.text()).contains("nothing is submitted to Amazon");
        awaitRow(sku, "data-outcome", "ACCEPTED");
        awaitRow(newSku, "data-outcome", "ACCEPTED");
        chromium.screenshot("feed-dry-run");
        assertThat(world.calls("createFeed")).isEmpty();

        chromium.browser.get(url("/sync/queue?accountId=" + seller.accountId.value()));
        // this test follows one feed: the two-phase switch (on for a restock of a live offer) is turned off
        WebElement twoPhase = chromium.browser.findElement(target(".two-phase"));
        assertThat(twoPhase.isSelected())
                .as("suggested for units added to a live offer")
                .isTrue();
        twoPhase.click();
        chromium.wait
                .until(ExpectedConditions.elementToBeClickable(target("button.submit")))
                .click();
        WebElement plan = chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan")));
        assertThat(chromium.browser.findElement(By.id("plan-messages")).getText())
                .isEqualTo("2");
        assertThat(plan.getText())
                .contains(sku)
                .contains(newSku)
                .as("absolute quantity = live + added")
                .contains(String.valueOf(live + 3));
        chromium.screenshot("feed-confirm");
        if (!chromium.browser.findElements(By.id("confirm")).isEmpty()) {
            chromium.browser.findElement(By.id("confirm")).click();
        }
        chromium.browser.findElement(By.id("submit-feed")).click();

        chromium.wait.until(ExpectedConditions.urlContains("/sync/feeds/"));
        String feedUrl = chromium.browser.getCurrentUrl();
        String feedId = feedUrl.substring(feedUrl.lastIndexOf('/') + 1);
        slow.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feed-status"), "SUBMITTED"));
        chromium.screenshot("feed-in-flight");
        // Amazon processes the feed: the page follows on its own, without a reload
        seller.advance(95);
        slow.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feed-status"), "VERIFYING"));
        awaitRow(sku, "data-verification", "PENDING");
        assertThat(chromium.browser.getCurrentUrl()).isEqualTo(feedUrl);
        // and applies it
        seller.advance(1000);
        slow.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feed-status"), "COMPLETED"));
        awaitRow(sku, "data-verification", "VERIFIED");
        awaitRow(newSku, "data-verification", "VERIFIED");
        assertThat(chromium.browser.findElement(By.id("count-verification")).getText())
                .startsWith("2 / 0");
        chromium.screenshot("feed-verified");

        assertThat(world.calls("createFeed")).hasSize(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(world.status(restocked)).isEqualTo(InventoryStatus.LISTED);
            assertThat(world.status(fresh)).isEqualTo(InventoryStatus.LISTED);
        });
        chromium.browser.get(url("/sync/feeds?accountId=" + seller.accountId.value()));
        WebElement history = chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
        assertThat(history.getText()).contains("COMPLETED").contains("VALIDATED");
        assertThat(history.findElements(By.cssSelector("a[href*='" + feedId + "']")))
                .isNotEmpty();
    }

    /** An element in the queue page's row for this seller's UK target (Dry run, Submit…). */
    private By target(String css) {
        return By.cssSelector("#feed-targets tr[data-account='" + seller.accountId.value() + "'][data-marketplace='"
                + FeedWorld.UK.value() + "'] " + css);
    }

    /** The page swaps its table every 2 s: read the row's attribute afresh until it shows the value. */
    private void awaitRow(String sku, String attribute, String value) {
        new WebDriverWait(chromium.browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "row " + sku + " " + attribute + " = " + value + " in " + chromium.text())
                .until(d -> value.equals(d.findElement(By.cssSelector("#feed-messages tr[data-sku='" + sku + "']"))
                        .getAttribute(attribute)));
    }

    private void signIn() {
        IntegrationTestSupport.adminToken(users, tokens);
        chromium.browser.get(url("/login"));
        chromium.type("username", IntegrationTestSupport.ADMIN);
        chromium.type("password", IntegrationTestSupport.ADMIN_PASSWORD);
        chromium.browser.findElement(By.id("sign-in")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-count")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
