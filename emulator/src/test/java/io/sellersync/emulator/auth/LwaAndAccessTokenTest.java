// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.support.EmulatorTest;
import io.sellersync.emulator.support.Http;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LWA's token endpoint and the access-token check every SP-API call goes through, including one-hour expiry. */
class LwaAndAccessTokenTest extends EmulatorTest {

    @Test
    void refreshTokenGrantReturnsABearerTokenForOneHour() {
        Http.Response response = lwa(Map.of(
                "grant_type", "refresh_token",
                "refresh_token", credentials.get("refreshToken").asText(),
                "client_id", credentials.get("clientId").asText(),
                "client_secret", credentials.get("clientSecret").asText()));
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("access_token").asText()).startsWith("Atza|");
        assertThat(body.get("token_type").asText()).isEqualTo("bearer");
        assertThat(body.get("expires_in").asInt()).isEqualTo(3600);
        assertThat(body.get("refresh_token").asText())
                .isEqualTo(credentials.get("refreshToken").asText());
        assertThat(response.header("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void unknownRefreshTokenIsAnInvalidGrant() {
        Http.Response response = lwa(Map.of(
                "grant_type",
                "refresh_token",
                "refresh_token",
                "Atzr|not-a-real-token",
                "client_id",
                credentials.get("clientId").asText(),
                "client_secret",
                credentials.get("clientSecret").asText()));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("invalid_grant");
        assertThat(response.json().has("error_description")).isTrue();
    }

    @Test
    void wrongClientSecretIsAnInvalidClient() {
        Http.Response response = lwa(Map.of(
                "grant_type",
                "refresh_token",
                "refresh_token",
                credentials.get("refreshToken").asText(),
                "client_id",
                credentials.get("clientId").asText(),
                "client_secret",
                "wrong"));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void missingGrantTypeIsAnInvalidRequest() {
        Http.Response response = lwa(Map.of(
                "client_id", credentials.get("clientId").asText(),
                "client_secret", credentials.get("clientSecret").asText()));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void revokedAuthorisationTurnsIntoInvalidGrant() {
        token();
        http.json("POST", "/_emulator/tokens/revoke", Map.of("sellerId", sellerId), null);
        Http.Response response = lwa(Map.of(
                "grant_type", "refresh_token",
                "refresh_token", credentials.get("refreshToken").asText(),
                "client_id", credentials.get("clientId").asText(),
                "client_secret", credentials.get("clientSecret").asText()));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void spApiWithoutTokenIsForbiddenWithARequestId() {
        Http.Response response = http.get(feedPath(), null);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().at("/errors/0/code").asText()).isEqualTo("Unauthorized");
        assertThat(response.header("x-amzn-RequestId")).isPresent();
        assertThat(response.header("x-amzn-RateLimit-Limit")).isEmpty();
    }

    @Test
    void accessTokenExpiresAfterOneHourOfEmulatedTime() {
        String token = token();
        assertThat(http.get(feedPath(), token).status()).isEqualTo(200);
        advance(3599);
        assertThat(http.get(feedPath(), token).status()).isEqualTo(200);
        advance(1);
        Http.Response expired = http.get(feedPath(), token);
        assertThat(expired.status()).isEqualTo(403);
        assertThat(expired.json().at("/errors/0/code").asText()).isEqualTo("Unauthorized");
        assertThat(expired.json().at("/errors/0/details").asText()).contains("expired");
        assertThat(http.get(feedPath(), token()).status()).isEqualTo(200);
    }

    @Test
    void expireTokensFaultExpiresEveryIssuedToken() {
        String token = token();
        http.json("POST", "/_emulator/tokens/expire", Map.of(), null);
        assertThat(http.get(feedPath(), token).status()).isEqualTo(403);
    }

    @Test
    void aTokenOnlyGrantsItsOwnSeller() {
        String otherSeller = http.get("/_emulator/sellers", null)
                .json()
                .get(1)
                .get("sellerId")
                .asText();
        Http.Response response =
                http.get("/listings/2021-08-01/items/" + otherSeller + "?marketplaceIds=" + UK, token());
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().at("/errors/0/code").asText()).isEqualTo("Unauthorized");
    }

    private String feedPath() {
        return "/feeds/2021-06-30/feeds?feedTypes=JSON_LISTINGS_FEED";
    }
}
