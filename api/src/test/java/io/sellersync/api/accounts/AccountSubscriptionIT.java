// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.SellersyncIntegrationTest;
import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * A GraphQL subscription over WebSocket, end to end: an Axon subscription query on the accounts projection streams
 * the current list, then the list again once a newly connected account reaches the read model.
 */
@SellersyncIntegrationTest
class AccountSubscriptionIT {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Test
    @SuppressWarnings("unchecked")
    void streamsTheAccountListAndEveryChange() {
        String token = IntegrationTestSupport.adminToken(users, tokens);
        WebSocketGraphQlTester live = WebSocketGraphQlTester.builder(
                        URI.create("ws://localhost:" + port + "/graphql-ws"), new StandardWebSocketClient())
                .headers(h -> h.setBearerAuth(token))
                .build();
        HttpGraphQlTester http = IntegrationTestSupport.graphQl(port, token);
        String name = "Live " + UUID.randomUUID();
        String seller = "A"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();

        Flux<List<Map<String, Object>>> updates = live.document("subscription { accounts { id name } }")
                .executeSubscription()
                .toFlux()
                .map(response -> response.path("accounts").entityList(Map.class).get())
                .map(list -> (List<Map<String, Object>>) (List<?>) list);

        StepVerifier.create(updates)
                .assertNext(initial -> assertThat(initial).noneMatch(a -> name.equals(a.get("name"))))
                .then(() -> http.document("""
                                mutation($input: ConnectAccountInput!) { connectAccount(input: $input) { accountId } }
                                """)
                        .variable(
                                "input",
                                Map.of(
                                        "name", name,
                                        "sellingPartnerId", seller,
                                        "region", "EU",
                                        "lwaClientId", "amzn1.application-oa2-client.live",
                                        "clientSecret", "live-secret",
                                        "refreshToken", "Atzr|live-refresh"))
                        .execute())
                .thenConsumeWhile(list -> list.stream().noneMatch(a -> name.equals(a.get("name"))))
                .assertNext(list -> assertThat(list).anyMatch(a -> name.equals(a.get("name"))))
                .thenCancel()
                .verify(Duration.ofSeconds(30));
    }
}
