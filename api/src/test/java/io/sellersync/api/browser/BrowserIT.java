// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.FileSystemUtils;

/**
 * A seller's first minutes in real Chromium: set up the administrator, sign in, connect an Amazon account, see it
 * listed with its secrets masked, get a clear error for a bad token, and find the account's events under Activity.
 * Screenshots are kept in {@code api/target/screenshots/}. Its own context (and, by default, its own fresh embedded
 * database) is closed afterwards, so its event processors cannot take events meant for the other tests.
 */
@DirtiesContext
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"SELLERSYNC_DATA_DIR=${java.io.tmpdir}/sellersync-browser-it", "sellersync.demo.enabled=false"})
class BrowserIT {

    private static final String PASSWORD = "browser-test-password";
    private static final String CLIENT_SECRET = "amzn1.oa2-cs.v1.BROWSERCLIENTSECRET";
    private static final String REFRESH_TOKEN = "Atzr|BROWSERREFRESHTOKEN";

    private static final Path DATA_DIR = Path.of(System.getProperty("java.io.tmpdir"), "sellersync-browser-it");

    static {
        FileSystemUtils.deleteRecursively(DATA_DIR.toFile());
    }

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    Chromium chromium;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = Chromium.start();
        browser = chromium.browser;
        wait = chromium.wait;
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aSellerSetsUpConnectsAnAccountAndSeesItsSecretMasked() throws IOException {
        String username = "admin";
        String password = PASSWORD;
        if (IntegrationTestSupport.externalDatabase()) {
            IntegrationTestSupport.adminToken(users, tokens);
            username = IntegrationTestSupport.ADMIN;
            password = IntegrationTestSupport.ADMIN_PASSWORD;
        }
        browser.get(url("/"));
        if (!IntegrationTestSupport.externalDatabase()) {
            wait.until(ExpectedConditions.urlContains("/setup"));
            screenshot("setup");
            type("code", "wrong-code");
            type("username", username);
            type("password", password);
            type("confirmation", password);
            browser.findElement(By.id("create-admin")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "set-up code"));
            type("code", Files.readString(DATA_DIR.resolve("setup-code")).strip());
            type("username", username);
            type("password", password);
            type("confirmation", password);
            browser.findElement(By.id("create-admin")).click();
            wait.until(ExpectedConditions.urlContains("/login?ready"));
            assertThat(text()).contains("Administrator created");
        } else {
            wait.until(ExpectedConditions.urlContains("/login"));
        }
        type("username", username);
        type("password", password);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-count")));
        screenshot("dashboard");

        browser.findElement(By.linkText("Settings")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("connect")));
        String seller = "A2BROWSER" + (System.nanoTime() % 100000);
        fillConnectForm("Acme Browser EU", seller, "not-a-refresh-token");
        WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error")));
        assertThat(error.getText()).contains("refresh token starts with Atzr|").contains("refreshToken");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Acme Browser EU");

        fillConnectForm("Acme Browser EU", seller, REFRESH_TOKEN);
        WebElement notice = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(notice.getText()).contains("connected");
        WebElement row =
                browser.findElement(By.xpath("//table[@id='accounts']//tr[td/strong[text()='Acme Browser EU']]"));
        assertThat(row.getText())
                .contains(seller)
                .contains("UK")
                .contains("DE")
                .contains("FR")
                .contains("IT")
                .contains("ES");
        assertThat(row.findElement(By.className("secret-mask")).getText()).isEqualTo("••••••••");
        assertThat(browser.getPageSource())
                .doesNotContain("BROWSERCLIENTSECRET")
                .doesNotContain("BROWSERREFRESHTOKEN");
        screenshot("accounts");

        browser.findElement(By.linkText("Activity")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activity")));
        assertThat(text()).contains("Account \"Acme Browser EU\" (seller " + seller + ", EU) connected");
        assertThat(text()).contains("ConnectSellerAccountCommand");

        browser.findElement(By.cssSelector("tr[data-projection='accounts'] button.replay"))
                .click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projections"), "Rebuilding accounts"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("tr[data-projection='accounts']"), "up to date"));
        screenshot("activity");
        browser.findElement(By.linkText("Settings")).click();
        // The page lists every account of the database: on a shared database after the other suites, that is many.
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("accounts")));
        assertThat(text()).as("the rebuilt read model still lists the account").contains("Acme Browser EU");
    }

    private void fillConnectForm(String name, String seller, String refreshToken) {
        type("name", name);
        type("sellingPartnerId", seller);
        type("lwaClientId", "amzn1.application-oa2-client.browser");
        type("clientSecret", CLIENT_SECRET);
        type("refreshToken", refreshToken);
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('clientSecretExpiresOn').value = arguments[0]", "2027-05-01");
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("connect-account")).click();
        wait.until(ExpectedConditions.stalenessOf(page));
    }

    private void type(String id, String value) {
        chromium.type(id, value);
    }

    private String text() {
        return chromium.text();
    }

    private void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
