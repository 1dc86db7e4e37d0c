// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.SellersyncIntegrationTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.servlet.WebMvcEndpointHandlerMapping;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Enumerates every registered web endpoint (controllers and actuator) and every GraphQL operation, and proves that
 * none answers an anonymous caller except health, sign-in and set-up; then proves that tokens and throttling work.
 */
@SellersyncIntegrationTest
class EndpointSecurityIT {

    private static final Set<String> PUBLIC = Set.of("/login", "/setup", "/actuator/health", "/error");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping controllers;

    @Autowired
    WebMvcEndpointHandlerMapping actuator;

    @Autowired
    GraphQlSource graphQl;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    LoginThrottle throttle;

    private final HttpClient anonymous = HttpClient.newHttpClient();

    @AfterEach
    void forgetFailedLogins() {
        throttle.clear();
    }

    @Test
    void everyWebEndpointRefusesAnonymousCallers() throws Exception {
        IntegrationTestSupport.adminToken(users, tokens);
        List<RequestMappingInfo> mappings =
                new ArrayList<>(controllers.getHandlerMethods().keySet());
        mappings.addAll(actuator.getHandlerMethods().keySet());
        List<String> checked = new ArrayList<>();
        for (RequestMappingInfo mapping : mappings) {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            for (String pattern : mapping.getPatternValues()) {
                String path = concrete(pattern);
                if (PUBLIC.stream().anyMatch(path::startsWith)) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    HttpResponse<String> response = send(method.name(), path);
                    assertThat(denied(response))
                            .as("%s %s answered %d to an anonymous caller", method, path, response.statusCode())
                            .isTrue();
                    checked.add(method + " " + path);
                }
            }
        }
        assertThat(checked)
                .as("endpoints checked")
                .contains(
                        "GET /",
                        "GET /settings/accounts",
                        "POST /settings/accounts",
                        "GET /activity",
                        "POST /activity/projections/{name}/replay".replace("{name}", "x"),
                        "GET /graphiql",
                        "GET /actuator/prometheus");
    }

    @Test
    void everyGraphQlOperationRefusesAnonymousCallers() throws Exception {
        List<String> operations = new ArrayList<>();
        for (String type : List.of("Query", "Mutation", "Subscription")) {
            GraphQLObjectType root = (GraphQLObjectType) graphQl.schema().getType(type);
            for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
                String document = type.toLowerCase() + " { " + field.getName() + " }";
                HttpResponse<String> response = anonymous.send(
                        HttpRequest.newBuilder(url("/graphql"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + document + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(document).isEqualTo(401);
                operations.add(field.getName());
            }
        }
        assertThat(operations).contains("accounts", "connectAccount", "replayProjection", "activity", "me");
        assertThat(webSocketHandshakeStatus(null, null))
                .as("subscription handshake")
                .startsWith("HTTP/1.1 401");
    }

    @Test
    void refusesWebSocketHandshakesFromAnotherOrigin() throws Exception {
        String token = IntegrationTestSupport.adminToken(users, tokens);
        assertThat(webSocketHandshakeStatus("http://evil.example", token)).startsWith("HTTP/1.1 403");
        assertThat(webSocketHandshakeStatus("http://localhost:" + port, token)).startsWith("HTTP/1.1 101");
    }

    @Test
    void healthSignInAndSetUpArePublicButRevealNothing() throws Exception {
        IntegrationTestSupport.adminToken(users, tokens);
        HttpResponse<String> health = send("GET", "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("eventProcessors");
        assertThat(send("GET", "/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/login").statusCode()).isEqualTo(200);
        HttpResponse<String> setup = send("GET", "/setup");
        assertThat(setup.statusCode()).isEqualTo(302);
        assertThat(setup.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void anApiTokenOpensGraphQlUntilItIsRevoked() throws Exception {
        IntegrationTestSupport.adminToken(users, tokens);
        ApiTokens.NewApiToken created = tokens.create("revocable", IntegrationTestSupport.ADMIN);
        assertThat(me(created.secret()).statusCode()).isEqualTo(200);
        assertThat(me(created.secret()).body()).contains(IntegrationTestSupport.ADMIN);
        assertThat(me(created.secret().substring(0, created.secret().length() - 1) + "x")
                        .statusCode())
                .isEqualTo(401);
        tokens.revoke(created.token().id());
        assertThat(me(created.secret()).statusCode()).isEqualTo(401);
    }

    @Test
    void throttlesPasswordGuessing() throws Exception {
        IntegrationTestSupport.adminToken(users, tokens);
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        for (int attempt = 0; attempt < LoginThrottle.MAX_FAILURES; attempt++) {
            assertThat(login(browser, "wrong-password-" + attempt)).endsWith("/login?error");
        }
        assertThat(login(browser, IntegrationTestSupport.ADMIN_PASSWORD)).endsWith("/login?locked");
        throttle.clear();
        assertThat(login(browser, IntegrationTestSupport.ADMIN_PASSWORD)).doesNotContain("/login");
    }

    private String login(HttpClient browser, String password) throws IOException, InterruptedException {
        String page = browser.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "username=" + IntegrationTestSupport.ADMIN + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** java.net.http refuses to send an Upgrade header, so the handshake is written by hand. */
    private String webSocketHandshakeStatus(String origin, String token) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String request = "GET /graphql-ws HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n"
                    + (origin == null ? "" : "Origin: " + origin + "\r\n")
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    private HttpResponse<String> me(String token) throws IOException, InterruptedException {
        return anonymous.send(
                HttpRequest.newBuilder(url("/graphql"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { username } }\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return anonymous.send(
                HttpRequest.newBuilder(url(path))
                        .header("Accept", "text/html,application/json")
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static boolean denied(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            return true;
        }
        return status == 302
                && response.headers()
                        .firstValue("Location")
                        .map(l -> l.endsWith("/login"))
                        .orElse(false);
    }

    private static String concrete(String pattern) {
        return pattern.replaceAll("\\{page:([a-z]+)[^}]*}", "$1")
                .replaceAll("\\{[^}]+}", "x")
                .replace("/**", "/x");
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
