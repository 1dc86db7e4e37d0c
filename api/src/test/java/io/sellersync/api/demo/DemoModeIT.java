// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.FileSystemUtils;

/**
 * A fresh install with no Amazon account: the emulator starts in-process, the demo seller is connected to it, the
 * connection test really talks SP-API to it, every page says "Demo mode", and connecting a real account ends it.
 */
@DirtiesContext
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
    }
}
