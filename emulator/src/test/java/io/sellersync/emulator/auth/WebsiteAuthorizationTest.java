// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.emulator.support.EmulatorTest;
import io.sellersync.emulator.support.Http;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

/** The website authorization workflow a seller uses to connect an account: consent, redirect, code exchange. */
class WebsiteAuthorizationTest extends EmulatorTest {

    private static final String REDIRECT = "https://sellersync.example/connect/callback";

    @Test
    void consentRedirectsWithACodeThatExchangesForTokensOnce() {
        String applicationId = credentials.get("applicationId").asText();
        Http.Response page = http.get(
                "/apps/authorize/consent?application_id=" + applicationId + "&state=xyz&redirect_uri="
                        + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8),
                null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<form").contains(sellerId);

        Map<String, String> redirect = confirm(applicationId, "xyz", sellerId);
        assertThat(redirect.get("state")).isEqualTo("xyz");
        assertThat(redirect.get("selling_partner_id")).isEqualTo(sellerId);
        String code = redirect.get("spapi_oauth_code");

        Http.Response exchanged = exchange(code);
        assertThat(exchanged.status()).isEqualTo(200);
        assertThat(exchanged.json().get("refresh_token").asText())
                .isEqualTo(credentials.get("refreshToken").asText());
        String token = exchanged.json().get("access_token").asText();
        assertThat(http.get("/feeds/2021-06-30/feeds?feedTypes=JSON_LISTINGS_FEED", token)
                        .status())
                .isEqualTo(200);

        Http.Response reused = exchange(code);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void codesExpireAfterFiveMinutes() {
        String code = confirm(credentials.get("applicationId").asText(), "s", sellerId)
                .get("spapi_oauth_code");
        advance(301);
        assertThat(exchange(code).json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void unknownApplicationGetsAnErrorPage() {
        Http.Response page = http.get("/apps/authorize/consent?application_id=nope&redirect_uri=" + REDIRECT, null);
        assertThat(page.status()).isEqualTo(400);
    }

    private Map<String, String> confirm(String applicationId, String state, String seller) {
        String form = "application_id=" + enc(applicationId) + "&state=" + enc(state) + "&redirect_uri=" + enc(REDIRECT)
                + "&seller_id=" + enc(seller);
        Http.Response response = http.send(
                "POST",
                "/apps/authorize/confirm",
                form.getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded",
                null);
        assertThat(response.status()).isEqualTo(302);
        URI location = URI.create(response.header("Location").orElseThrow());
        assertThat(location.toString()).startsWith(REDIRECT + "?");
        Map<String, String> params = new HashMap<>();
        UriComponentsBuilder.fromUri(location)
                .build()
                .getQueryParams()
                .forEach((k, v) -> params.put(k, java.net.URLDecoder.decode(v.get(0), StandardCharsets.UTF_8)));
        return params;
    }

    private Http.Response exchange(String code) {
        return lwa(Map.of(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                REDIRECT,
                "client_id",
                credentials.get("clientId").asText(),
                "client_secret",
                credentials.get("clientSecret").asText()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
