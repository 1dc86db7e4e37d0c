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
 * Issue 7 as a seller meets it in real Chromium against the emulator: the two-phase switch already on for a price
 * raise with stock added, the confirmation saying why, the run's page, leaving it for the Queue page whose progress
 * panel follows the run, and coming back to the outcome while the test advances Amazon's clock. Screenshots:
 * {@code twophase-confirm}, {@code twophase-run}, {@code twophase-progress}, {@code twophase-completed}.
 */
@SellersyncIntegrationTest
class TwoPhaseBrowserIT {

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
        seller = new EmulatedSeller(connections, "Two-phase browser shop", Map.of("seed", "770"));
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
    void startATwoPhaseRunLeaveFollowItFromTheQueueAndComeBackToTheOutcome() throws Exception {
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
        InventoryItemId raised = world.item(listing, FeedWorld.nudged(FeedWorld.livePrice(listing)), 2);
        InventoryItemId fresh = world.item(world.nextUnlisted(), ItemCondition.NEW_NEW, Money.of("18.00", "GBP"), 1);
        Map<String, JsonNode> added = world.addAll(List.of(raised, fresh));
        if ("CONFLICT".equals(added.get(raised.value()).get("status").asText())) {
            world.resolve(raised, "USE_MY_PRICE");
        }
        String sku = listing.get("sku").asText();
        WebDriverWait slow = new WebDriverWait(chromium.browser, Duration.ofSeconds(120));

        signIn();
        chromium.browser.get(url("/sync/queue?accountId=" + seller.accountId.value()));
        assertThat(chromium.wait
                        .until(ExpectedConditions.presenceOfElementLocated(target(".two-phase")))
                        .isSelected())
                .as("two-phase is on for a price raise with stock added")
                .isTrue();
        assertThat(chromium.browser.findElement(By.id("two-phase-explained")).getText())
                .contains("nothing sells at an old price");
        chromium.browser.findElement(target("button.submit")).click();

        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan")));
        assertThat(chromium.browser.findElement(By.id("two-phase")).isSelected())
                .isTrue();
        assertThat(chromium.browser.findElement(By.id("mode-suggestion")).getText())
                .contains("price rises")
                .contains("old price");
        chromium.screenshot("twophase-confirm");
        if (!chromium.browser.findElements(By.id("confirm")).isEmpty()) {
            chromium.browser.findElement(By.id("confirm")).click();
        }
        chromium.browser.findElement(By.id("submit-feed")).click();

        chromium.wait.until(ExpectedConditions.urlContains("/sync/runs/"));
        String runUrl = chromium.browser.getCurrentUrl();
        String runId = runUrl.substring(runUrl.lastIndexOf('/') + 1);
        assertThat(chromium.browser.findElement(By.id("notice")).getText()).contains("Prices go first");
        assertThat(chromium.browser.findElement(By.id("run-status")).getText()).isEqualTo("IN FLIGHT");
        slow.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-current"), "Price feed"));
        String priceFeed = chromium.browser.findElement(By.id("price-feed")).getAttribute("href");
        chromium.screenshot("twophase-run");

        // leave the run: the Queue page's progress panel follows it on its own
        chromium.browser.get(url("/sync/queue?accountId=" + seller.accountId.value()));
        WebElement panelRow = slow.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#runs-in-flight tr[data-run='" + runId + "']")));
        assertThat(panelRow.getText()).contains("0 of 2");
        String priceFeedId = priceFeed.substring(priceFeed.lastIndexOf('/') + 1);
        world.awaitFeed(priceFeedId, "SUBMITTED");
        seller.advance(200);
        world.awaitFeed(priceFeedId, "VERIFYING");
        panelText(runId, "waiting until the new prices are live");
        seller.advance(1000);
        panelText(runId, "Quantity feed");
        assertThat(panelRow(runId).findElement(By.cssSelector(".prices-live")).getText())
                .isEqualTo("2 of 2");
        chromium.screenshot("twophase-progress");
        String quantityFeedId = world.data(
                        "query($id: ID!) { syncRun(id: $id) { quantityFeedId } }", Map.of("id", runId))
                .get("syncRun")
                .get("quantityFeedId")
                .asText();
        world.awaitFeed(quantityFeedId, "SUBMITTED");
        seller.advance(200);

        // come back: the run page shows the outcome
        panelRow(runId).findElement(By.cssSelector(".run-link")).click();
        chromium.wait.until(ExpectedConditions.urlToBe(runUrl));
        slow.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-status"), "COMPLETED"));
        new WebDriverWait(chromium.browser, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> "VERIFIED"
                        .equals(d.findElement(By.cssSelector("#run-skus tr[data-sku='" + sku + "']"))
                                .getAttribute("data-state")));
        assertThat(chromium.browser.findElement(By.id("count-verified")).getText())
                .isEqualTo("2 of 2");
        assertThat(chromium.browser
                        .findElement(By.cssSelector("#run-skus tr[data-sku='" + sku + "'] .timeline"))
                        .getText())
                .contains("price phase")
                .contains("live")
                .contains("quantity phase")
                .contains("verified live");
        chromium.screenshot("twophase-completed");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(world.status(raised)).isEqualTo(InventoryStatus.LISTED));

        chromium.browser.get(url("/sync/feeds?accountId=" + seller.accountId.value()));
        WebElement runs = chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("run-history")));
        assertThat(runs.getText()).contains("COMPLETED");
        assertThat(chromium.browser.findElements(By.cssSelector("#history .run-badge")))
                .hasSize(2);
    }

    private WebElement panelRow(String runId) {
        return chromium.browser.findElement(By.cssSelector("#runs-in-flight tr[data-run='" + runId + "']"));
    }

    /** The panel refreshes every 3 s: read its current step afresh until it says {@code words}. */
    private void panelText(String runId, String words) {
        new WebDriverWait(chromium.browser, Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .withMessage(() -> "the progress panel saying '" + words + "' in " + chromium.text())
                .until(d -> panelRow(runId)
                        .findElement(By.cssSelector(".current"))
                        .getText()
                        .contains(words));
    }

    /** An element in the queue page's row for this seller's UK target. */
    private By target(String css) {
        return By.cssSelector("#feed-targets tr[data-account='" + seller.accountId.value() + "'][data-marketplace='"
                + FeedWorld.UK.value() + "'] " + css);
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
