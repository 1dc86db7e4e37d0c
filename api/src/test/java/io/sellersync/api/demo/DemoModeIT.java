// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import io.sellersync.integration.spapi.ContractValidator;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.FileSystemUtils;

/**
 * A fresh install with no Amazon account: the emulator starts in-process, the demo seller is connected to it, the
 * connection test really talks SP-API to it, every page says "Demo mode", and connecting a real account ends it.
 */
@DirtiesContext
@Import(ContractCheckedSpApi.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "SELLERSYNC_DATA_DIR=${java.io.tmpdir}/sellersync-demo-it",
            "sellersync.demo.enabled=true",
            "sellersync.demo.emulator-port=0"
        })
class DemoModeIT {

    static {
        FileSystemUtils.deleteRecursively(Path.of(System.getProperty("java.io.tmpdir"), "sellersync-demo-it")
                .toFile());
    }

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    DemoMode demo;

    @Autowired(required = false)
    ContractValidator contract;

    @Test
    @SuppressWarnings("unchecked")
    void aFreshInstallRunsAgainstTheBuiltInEmulatorUntilARealAccountIsConnected() throws Exception {
        assumeFalse(IntegrationTestSupport.externalDatabase(), "demo mode starts only on an empty database");
        String token = IntegrationTestSupport.adminToken(users, tokens);
        HttpGraphQlTester graphql = IntegrationTestSupport.graphQl(port, token);

        Map<String, Object> account = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> graphql
                                .document("{ accounts { id name spApiUrl marketplaces { countryCode } } }")
                                .execute()
                                .path("accounts")
                                .entityList(Map.class)
                                .get()
                                .stream()
                                .map(m -> (Map<String, Object>) m)
                                .findFirst()
                                .orElse(null),
                        a -> a != null);
        assertThat(account).containsEntry("name", DemoMode.DEMO_NAME);
        assertThat((String) account.get("spApiUrl")).startsWith("http://127.0.0.1:");
        assertThat((List<Map<String, Object>>) account.get("marketplaces"))
                .extracting(m -> m.get("countryCode"))
                .containsExactly("UK", "DE");

        Map<String, Object> test = graphql.document(
                        "mutation($id: ID!) { testAccountConnection(id: $id) { ok steps problem } }")
                .variable("id", account.get("id"))
                .execute()
                .path("testAccountConnection")
                .entity(Map.class)
                .get();
        assertThat(test).containsEntry("ok", true);
        assertThat((List<String>) test.get("steps")).hasSize(2);

        HttpResponse<String> dashboard = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.body()).contains("Demo mode").contains(DemoMode.DEMO_NAME);

        graphql.document("""
                        mutation { connectAccount(input: {name: "Real shop", sellingPartnerId: "A1REALSELLER1", region: EU,
                          lwaClientId: "amzn1.application-oa2-client.real", clientSecret: "real-secret",
                          refreshToken: "Atzr|real-refresh"}) { accountId } }
                        """).execute().path("connectAccount.accountId").hasValue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(demo.active()).isFalse();
            assertThat(graphql.document("{ accounts { name } }")
                            .execute()
                            .path("accounts[*].name")
                            .entityList(String.class)
                            .get())
                    .containsExactly("Real shop");
        });
        if (contract != null) {
            assertThat(contract.checked())
                    .as("SP-API calls checked against Amazon's models")
                    .isPositive();
            assertThat(contract.violations()).isEmpty();
        }
    }

    /**
     * "Connect with Amazon" end to end: start on the accounts page, let the emulator's Seller Central grant consent for
     * its second seller, follow Amazon's redirect back, and find that seller connected with working credentials.
     */
    @SuppressWarnings("unchecked")
    private void connectsTheSecondEmulatorSellerThroughTheConsentPage(String token, HttpGraphQlTester graphql)
            throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = browser.send(request("/settings/accounts", token).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(page).contains("Connect with Amazon");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> toAmazon = browser.send(
                request("/settings/accounts/authorize", token)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "name=Second+emulator+seller&region=EU&_csrf=" + csrf.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(toAmazon.statusCode()).isEqualTo(302);
        URI consent = URI.create(toAmazon.headers().firstValue("Location").orElseThrow());
        Map<String, String> query = query(consent);
        assertThat(query).containsKeys("application_id", "state", "redirect_uri");

        URI emulator = consent.resolve("/");
        String secondSeller = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(browser.send(
                                HttpRequest.newBuilder(emulator.resolve("/_emulator/sellers"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body())
                .get(1)
                .get("sellerId")
                .asText();
        HttpResponse<String> granted = browser.send(
                HttpRequest.newBuilder(emulator.resolve("/apps/authorize/confirm"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("application_id=" + enc(query.get("application_id"))
                                + "&state=" + enc(query.get("state")) + "&redirect_uri="
                                + enc(query.get("redirect_uri"))
                                + "&seller_id=" + enc(secondSeller)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(granted.statusCode()).isEqualTo(302);
        URI callback = URI.create(granted.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> back = browser.send(
                request(callback.getRawPath() + "?" + callback.getRawQuery(), token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/settings/accounts");

        Map<String, Object> connected = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> graphql
                                .document("{ accounts { id name sellingPartnerId } }")
                                .execute()
                                .path("accounts")
                                .entityList(Map.class)
                                .get()
                                .stream()
                                .map(m -> (Map<String, Object>) m)
                                .filter(a -> secondSeller.equals(a.get("sellingPartnerId")))
                                .findFirst()
                                .orElse(null),
                        a -> a != null);
        assertThat(connected).containsEntry("name", "Second emulator seller");
        assertThat(graphql.document("mutation($id: ID!) { testAccountConnection(id: $id) { ok problem } }")
                        .variable("id", connected.get("id"))
                        .execute()
                        .path("testAccountConnection.ok")
                        .entity(Boolean.class)
                        .get())
                .isTrue();

        browser.send(
                HttpRequest.newBuilder(emulator.resolve("/_emulator/tokens/revoke"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"sellerId\":\"" + secondSeller + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, Object> refused = graphql.document(
                        "mutation($id: ID!) { testAccountConnection(id: $id) { ok problem } }")
                .variable("id", connected.get("id"))
                .execute()
                .path("testAccountConnection")
                .entity(Map.class)
                .get();
        assertThat(refused).containsEntry("ok", false);
        assertThat((String) refused.get("problem")).contains("authorize sellersync again");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                graphql.document("query($id: ID!) { account(id: $id) { needsReauthorization } }")
                                        .variable("id", connected.get("id"))
                                        .execute()
                                        .path("account.needsReauthorization")
                                        .entity(String.class)
                                        .get())
                        .startsWith("invalid_grant"));

        HttpResponse<String> replayed = browser.send(
                request(callback.getRawPath() + "?" + callback.getRawQuery(), token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(replayed.headers().firstValue("Location").orElseThrow()).endsWith("/settings/accounts");
        String after = browser.send(request("/settings/accounts", token).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(after).contains("was not started here, or has been used already");
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new java.util.HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
