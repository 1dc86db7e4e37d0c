// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.feeds;

import static io.sellersync.api.feeds.FeedItSupport.UK;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sellersync.api.EmulatedSeller;
import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.SellersyncIntegrationTest;
import io.sellersync.api.accounts.AccountConnections;
import io.sellersync.api.queue.QueueService;
import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import io.sellersync.messages.queue.QueueEntryView;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The feed pages with real data, as a browser receives them: the queue's Dry run / Submit… per target, the
 * confirmation page (operations, live + added quantities, a warning to confirm, nothing built without it), a dry run
 * and a submission landing on their feed pages, the live fragment, the History, the payload download, and the queue's
 * in-feed mark. Amazon's clock is frozen, so the submission stays in Amazon's queue.
 */
@SellersyncIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedPagesIT {

    private static final Pattern FEED_LOCATION = Pattern.compile("/sync/feeds/([0-9a-f-]{36})$");

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

    @Autowired
    QueueService queue;

    EmulatedSeller seller;
    FeedItSupport data;
    HttpClient browser;

    @BeforeAll
    void startEmulatorAndConnect() throws Exception {
        seller = new EmulatedSeller(
                connections, "Feed pages seller", Map.of("seed", "61", "start-time", "2026-03-02T10:00:00Z"));
        data = new FeedItSupport(seller, commands, queries, queue);
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        login();
    }

    @AfterAll
    void stopEmulator() {
        if (seller != null) {
            seller.close();
        }
    }

    @Test
    void planConfirmDryRunSubmitHistoryAndDetailRenderWithRealData() throws Exception {
        QueueEntryView update = data.queueListed();
        QueueEntryView fresh = data.queueUnlisted("7.50");
        QueueEntryView doubled = data.queueDoubled();
        String account = data.accountId.value();
        String target = "accountId=" + enc(account) + "&marketplaceId=" + UK.value();

        String queuePage =
                page("GET", "/sync/queue?accountId=" + enc(account), null).body();
        assertThat(queuePage)
                .contains("Send to Amazon")
                .contains("data-account=\"" + account + "\"")
                .contains("action=\"/sync/feeds/dry-run\"")
                .contains("Submit…")
                .contains("History");

        // the confirmation page: the fresh plan
        String confirm = page("GET", "/sync/feeds/confirm?" + target, null).body();
        assertThat(confirm)
                .contains("Feed pages seller — UK")
                .contains("data-sku=\"" + update.sellerSku() + "\" data-operation=\"PATCH\"")
                .contains("data-sku=\"" + fresh.sellerSku() + "\" data-operation=\"UPDATE\"")
                .contains("new offer")
                .contains("I confirm these changes")
                .contains("required")
                .contains(doubled.sellerSku() + ": Price " + doubled.price());

        // without the confirmation nothing is built: back to the page with the reason
        HttpResponse<String> refused = page("POST", "/sync/feeds/submit", target + "&_csrf=" + csrf(confirm));
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/sync/feeds/confirm"));
        assertThat(page("GET", "/sync/feeds/confirm?" + target, null).body())
                .contains("Confirm these changes to submit")
                .contains(doubled.sellerSku());
        // (this account's History: other tests in the shared context submit feeds of their own)
        assertThat(page("GET", "/sync/feeds?accountId=" + enc(account), null).body())
                .doesNotContain("data-kind=\"SUBMISSION\"");

        // a dry run lands on its feed page
        HttpResponse<String> dryRun = page("POST", "/sync/feeds/dry-run", target + "&_csrf=" + csrf(queuePage));
        String dryRunId = feedId(dryRun);
        String dryRunPage = page("GET", "/sync/feeds/" + dryRunId, null).body();
        assertThat(dryRunPage)
                .contains("Dry run built: 3 SKUs")
                .contains("Dry run")
                .contains("data-step=\"validating\"")
                .contains("data-sku=\"" + update.sellerSku() + "\"")
                .contains("Payload (JSON)");

        // the submission, confirmed with the warnings the page showed
        String shown = page("GET", "/sync/feeds/confirm?" + target, null).body();
        StringBuilder form = new StringBuilder(target + "&confirm=true&_csrf=" + csrf(shown));
        Matcher warning = Pattern.compile("name=\"warning\" value=\"([^\"]*)\"").matcher(shown);
        while (warning.find()) {
            form.append("&warning=").append(enc(unescape(warning.group(1))));
        }
        HttpResponse<String> submitted = page("POST", "/sync/feeds/submit", form.toString());
        String feedId = feedId(submitted);
        String feedPage = page("GET", "/sync/feeds/" + feedId, null).body();
        assertThat(feedPage)
                .contains("Feed submitted: 3 SKUs")
                .contains("Submission")
                .contains("data-step=\"submitted\"")
                .contains("data-sku=\"" + doubled.sellerSku() + "\"")
                .contains("hx-trigger=\"every 2s\"")
                .contains("/sync/feeds/" + feedId + "/live");
        HttpResponse<String> live = page("GET", "/sync/feeds/" + feedId + "/live", null);
        assertThat(live.body())
                .contains("id=\"feed-live\"")
                .contains("id=\"feed-status\"")
                .doesNotContain("<html")
                .as("the live header never carries the message table")
                .doesNotContain("feed-messages")
                .doesNotContain("data-sku=");
        // the header says when the table must reload: only when the feed moved on since what the page shows
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Matcher seen = Pattern.compile("data-seen=\"([^\"]+)\"")
                    .matcher(
                            page("GET", "/sync/feeds/" + feedId + "/live", null).body());
            assertThat(seen.find()).isTrue();
            assertThat(page("GET", "/sync/feeds/" + feedId + "/live?seen=" + enc(seen.group(1)), null)
                            .headers()
                            .firstValue("HX-Trigger"))
                    .isEmpty();
        });
        assertThat(page("GET", "/sync/feeds/" + feedId + "/live?seen=BUILT-0", null)
                        .headers()
                        .firstValue("HX-Trigger"))
                .hasValue("feed-changed");
        assertThat(feedPage).contains("hx-trigger=\"feed-changed from:body\"");

        // the message table is paged (200 rows a page; smaller pages on request) and filtered
        String pageOne = page("GET", "/sync/feeds/" + feedId + "?size=2", null).body();
        assertThat(rows(pageOne)).isEqualTo(2);
        assertThat(pageOne).contains("page 1 of 2").contains("rel=\"next\"");
        String pageTwo =
                page("GET", "/sync/feeds/" + feedId + "?size=2&page=1", null).body();
        assertThat(rows(pageTwo)).isEqualTo(1);
        assertThat(pageTwo).contains("page 2 of 2").contains("rel=\"prev\"");
        String fragment = page("GET", "/sync/feeds/" + feedId + "/messages?size=2&page=1", null)
                .body();
        assertThat(fragment)
                .contains("id=\"feed-table\"")
                .doesNotContain("<html")
                .doesNotContain("id=\"feed-live\"");
        assertThat(rows(fragment)).isEqualTo(1);
        assertThat(rows(page("GET", "/sync/feeds/" + feedId, null).body())).isEqualTo(3);
        assertThat(page("GET", "/sync/feeds/" + feedId + "?show=ERROR", null).body())
                .contains("No SKUs match this filter")
                .doesNotContain("data-sku=");
        assertThat(rows(page("GET", "/sync/feeds/" + feedId + "?show=NO_OUTCOME", null)
                        .body()))
                .isEqualTo(3);

        // the exact payload as an attachment; no report yet
        HttpResponse<String> payload = page("GET", "/sync/feeds/" + feedId + "/payload", null);
        assertThat(payload.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(payload.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        assertThat(payload.body()).contains(update.sellerSku()).contains(fresh.sellerSku());
        assertThat(raw("GET", "/sync/feeds/" + feedId + "/report").statusCode()).isEqualTo(404);
        assertThat(raw("GET", "/sync/feeds/00000000-0000-0000-0000-000000000000")
                        .statusCode())
                .isEqualTo(404);

        // the History, newest first
        String history =
                page("GET", "/sync/feeds?accountId=" + enc(account), null).body();
        assertThat(history)
                .contains("data-feed=\"" + feedId + "\"")
                .contains("data-feed=\"" + dryRunId + "\"")
                .contains("submission")
                .contains("dry run");
        assertThat(history.indexOf("data-feed=\"" + feedId + "\""))
                .isLessThan(history.indexOf("data-feed=\"" + dryRunId + "\""));
        assertThat(page("GET", "/sync/feeds?kind=DRY_RUN&accountId=" + enc(account), null)
                        .body())
                .doesNotContain("data-feed=\"" + feedId + "\"")
                .contains("data-feed=\"" + dryRunId + "\"");

        // the queue marks the entries as in the feed; nothing is left to send, and sending again says why
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(page("GET", "/sync/queue?accountId=" + enc(account), null)
                                .body())
                        .contains("href=\"/sync/feeds/" + feedId + "\"")
                        .contains("in feed " + feedId.substring(0, 8)));
        String again = page("GET", "/sync/queue", null).body();
        HttpResponse<String> second = page("POST", "/sync/feeds/dry-run", target + "&_csrf=" + csrf(again));
        assertThat(second.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/sync/queue"));
        assertThat(page("GET", "/sync/queue", null).body())
                .contains("Nothing to send for Feed pages seller — UK")
                .contains("Already in feed " + feedId.substring(0, 8));
    }

    private static int rows(String html) {
        Matcher row = Pattern.compile("<tr data-sku=\"").matcher(html);
        int count = 0;
        while (row.find()) {
            count++;
        }
        return count;
    }

    private String feedId(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        Matcher m = FEED_LOCATION.matcher(location);
        assertThat(m.find()).as("redirected to a feed page, not " + location).isTrue();
        return m.group(1);
    }

    private void login() throws Exception {
        IntegrationTestSupport.adminToken(users, tokens);
        String form = page("GET", "/login", null).body();
        HttpResponse<String> response = page(
                "POST",
                "/login",
                "username=" + IntegrationTestSupport.ADMIN + "&password=" + enc(IntegrationTestSupport.ADMIN_PASSWORD)
                        + "&_csrf=" + csrf(form));
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
    }

    private HttpResponse<String> page(String method, String path, String form)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, path, form);
        assertThat(response.statusCode()).as(method + " " + path).isIn(200, 302);
        return response;
    }

    private HttpResponse<String> raw(String method, String path) throws IOException, InterruptedException {
        return send(method, path, null);
    }

    private HttpResponse<String> send(String method, String path, String form)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        request.method(
                method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"|name=\"csrf-token\" content=\"([^\"]+)\"")
                .matcher(html);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return enc(token.group(1) != null ? token.group(1) : token.group(2));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, UTF_8);
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
