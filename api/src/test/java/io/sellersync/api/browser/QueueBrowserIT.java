// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.api.EmulatedSeller;
import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.SellersyncIntegrationTest;
import io.sellersync.api.accounts.AccountConnections;
import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 5 as a seller meets it in real Chromium against the emulator: import a CSV (preview, then all rows), add
 * three items to the queue, one of which Amazon sells at another price, resolve that conflict in the dialog with
 * "use Amazon's price", and see the queue table and its summary. Screenshots: {@code inventory-import-preview},
 * {@code inventory}, {@code queue-conflict}, {@code queue}.
 */
@SellersyncIntegrationTest
class QueueBrowserIT {

    private static final String UK = "A1F83G8C2ARO7P";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountConnections connections;

    Chromium chromium;
    EmulatedSeller seller;

    @BeforeEach
    void start() throws Exception {
        chromium = Chromium.start();
        seller = new EmulatedSeller(connections, "Browser shop", Map.of("seed", "11"));
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
    void importsACsvQueuesThreeItemsAndResolvesAConflictInTheDialog() throws Exception {
        List<JsonNode> listings = ukListings();
        JsonNode conflicting = listings.get(0);
        JsonNode matching = listings.get(1);
        String unlisted = unlistedAsin();
        String prefix = "BRW" + (System.nanoTime() % 1_000_000) + "-";
        BigDecimal livePrice = new BigDecimal(offer(conflicting).get("price").asText());
        Path csv = Files.createTempFile("inventory-", ".csv");
        Files.writeString(
                csv,
                String.join(
                        "\r\n",
                        "SKU,ASIN,Title,Condition,Price,Quantity",
                        row(
                                prefix + "1",
                                conflicting,
                                livePrice.add(new BigDecimal("2.00")).toPlainString()),
                        row(prefix + "2", matching, offer(matching).get("price").asText()),
                        prefix + "3," + unlisted + ",\"A new book, signed\",new_new,£9.99,1",
                        ""),
                StandardCharsets.UTF_8);

        signIn();
        chromium.browser.get(url("/inventory/import"));
        chromium.browser.findElement(By.id("file")).sendKeys(csv.toString());
        new Select(chromium.browser.findElement(By.id("currency"))).selectByValue("GBP");
        chromium.browser.findElement(By.id("preview-button")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-button")));
        assertThat(chromium.browser.findElement(By.id("row-count")).getText()).contains("3");
        assertThat(chromium.browser.findElement(By.id("encoding")).getText()).contains("UTF-8");
        chromium.screenshot("inventory-import-preview");
        chromium.browser.findElement(By.id("import-button")).click();
        chromium.wait.until(ExpectedConditions.urlContains("/inventory"));
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Imported 3"));

        chromium.browser.get(url("/inventory?search=" + prefix));
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inventory")));
        assertThat(chromium.browser.findElements(By.cssSelector("#inventory tbody tr")))
                .hasSize(3);
        chromium.screenshot("inventory");
        chromium.browser.findElement(By.id("select-all")).click();
        new Select(chromium.browser.findElement(By.id("queue-target"))).selectByVisibleText("Browser shop — UK");
        chromium.browser.findElement(By.id("add-selected")).click();
        WebElement dialog =
                chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict-dialog")));
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("use-amazon-price")));
        assertThat(chromium.text()).contains("2 added").contains("1 conflict");
        assertThat(dialog.getText()).contains(prefix + "1").contains("1 of 1").contains("Amazon's price");
        chromium.screenshot("queue-conflict");
        chromium.browser.findElement(By.id("use-amazon-price")).click();

        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        // the page reloads once no conflict is left; a dialog gone with the old page counts as closed
        chromium.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("conflict-dialog")));
        chromium.browser.get(url("/sync/queue?accountId=" + seller.accountId.value()));
        WebElement table = chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
        assertThat(table.getText())
                .contains(prefix + "1")
                .contains(prefix + "2")
                .contains(prefix + "3");
        assertThat(chromium.browser.findElement(By.id("summary-entries")).getText())
                .contains("3");
        assertThat(chromium.browser.findElement(By.id("summary-units")).getText())
                .contains("3");
        assertThat(table.getText()).as("the new ASIN gets a generated SKU").contains(unlisted + "-NEW-");
        assertThat(chromium.browser.findElements(By.id("resolve-conflicts"))).isEmpty();
        chromium.screenshot("queue");

        // "use Amazon's price" reaches the item through the policy's own processor: reload until the read model has it
        String amazonPrice = livePrice.setScale(2).toPlainString();
        chromium.wait.until(driver -> {
            driver.get(url("/inventory?search=" + prefix + "1"));
            return driver.findElements(By.cssSelector("#inventory tbody tr")).stream()
                    .anyMatch(row -> row.getText().contains(amazonPrice));
        });
        assertThat(chromium.browser
                        .findElement(By.cssSelector("#inventory tbody tr"))
                        .getText())
                .as("use Amazon's price updated the item")
                .contains(livePrice.setScale(2).toPlainString());
    }

    private void signIn() {
        IntegrationTestSupport.adminToken(users, tokens);
        chromium.browser.get(url("/login"));
        chromium.type("username", IntegrationTestSupport.ADMIN);
        chromium.type("password", IntegrationTestSupport.ADMIN_PASSWORD);
        chromium.browser.findElement(By.id("sign-in")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-count")));
    }

    /** The seller's UK listings sold in GBP whose ASIN and condition no other listing shares. */
    private List<JsonNode> ukListings() {
        JsonNode all = seller.control("GET", "/listings?sellerId=" + seller.sellerId, null);
        Map<String, Integer> pairs = new HashMap<>();
        all.forEach(l -> pairs.merge(key(l), 1, Integer::sum));
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode listing : all) {
            JsonNode offer = offer(listing);
            if (pairs.get(key(listing)) == 1
                    && offer.has("price")
                    && "GBP".equals(offer.path("currency").asText())) {
                found.add(listing);
            }
        }
        assertThat(found).hasSizeGreaterThan(2);
        return found;
    }

    private String unlistedAsin() {
        Set<String> listed = new HashSet<>();
        seller.control("GET", "/listings?sellerId=" + seller.sellerId, null)
                .forEach(l -> listed.add(l.get("asin").asText()));
        for (JsonNode item : seller.control("GET", "/catalog", null)) {
            if (!listed.contains(item.get("asin").asText())) {
                return item.get("asin").asText();
            }
        }
        throw new IllegalStateException("the emulator's catalogue has no ASIN this seller does not list");
    }

    private static String row(String sku, JsonNode listing, String price) {
        return sku + "," + listing.get("asin").asText() + ",\""
                + listing.path("title").asText("Listed item").replace("\"", "\"\"") + "\","
                + listing.get("conditionType").asText() + "," + price + ",1";
    }

    private static JsonNode offer(JsonNode listing) {
        return listing.path("offers").path(UK);
    }

    private static String key(JsonNode listing) {
        return listing.get("asin").asText() + "|" + listing.get("conditionType").asText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
