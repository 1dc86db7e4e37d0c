// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Access tokens from Login with Amazon, cached per account and refreshed a minute before they expire. Only one
 * refresh per account runs at a time; concurrent callers wait for it and share its token. {@code invalid_grant}
 * (authorization revoked) and {@code invalid_client} (client secret rotated or expired) are never retried.
 */
public class LwaTokens {

    static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

    /** LWA's answers that mean the credentials themselves are refused; only these pause an account. */
    private static final java.util.Set<String> REFUSALS =
            java.util.Set.of("invalid_grant", "invalid_client", "unauthorized_client");

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Duration timeout;
    private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private record CachedToken(String value, Instant refreshAfter) {}

    public LwaTokens(HttpClient http, ObjectMapper mapper, Clock clock, Duration timeout) {
        this.http = http;
        this.mapper = mapper;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** A valid access token for the account, from the cache or a fresh exchange. */
    public String accessToken(SpApiAccount account) {
        CachedToken cached = tokens.get(account.accountId());
        if (fresh(cached)) {
            return cached.value();
        }
        synchronized (locks.computeIfAbsent(account.accountId(), id -> new Object())) {
            cached = tokens.get(account.accountId());
            if (fresh(cached)) {
                return cached.value();
            }
            CachedToken token = exchange(account);
            tokens.put(account.accountId(), token);
            return token.value();
        }
    }

    /** Forgets the account's token, e.g. after SP-API refused it or the credentials were replaced. */
    public void forget(String accountId) {
        tokens.remove(accountId);
    }

    private boolean fresh(CachedToken token) {
        return token != null && Instant.now(clock).isBefore(token.refreshAfter());
    }

    private CachedToken exchange(SpApiAccount account) {
        JsonNode json = post(
                account.lwaUrl(),
                Map.of(
                        "grant_type", "refresh_token",
                        "refresh_token", account.secrets().refreshToken(),
                        "client_id", account.lwaClientId(),
                        "client_secret", account.secrets().clientSecret()),
                "access_token");
        long expiresIn = json.path("expires_in").asLong(3600);
        Instant refreshAfter = Instant.now(clock).plusSeconds(expiresIn).minus(REFRESH_MARGIN);
        return new CachedToken(json.get("access_token").asText(), refreshAfter);
    }

    /**
     * The last step of the website authorization workflow: trades the one-time {@code spapi_oauth_code} for the
     * seller's refresh token, which goes straight to the vault.
     */
    public String exchangeAuthorizationCode(
            URI lwaUrl, String clientId, String clientSecret, String code, String redirectUri) {
        return post(
                        lwaUrl,
                        Map.of(
                                "grant_type", "authorization_code",
                                "code", code,
                                "redirect_uri", redirectUri,
                                "client_id", clientId,
                                "client_secret", clientSecret),
                        "refresh_token")
                .get("refresh_token")
                .asText();
    }

    /** Posts a token request; returns the JSON when it holds {@code expected}, else a typed refusal. */
    private JsonNode post(URI url, Map<String, String> form, String expected) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SpApiException.ConnectionFailed(null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpApiException.ConnectionFailed(null, e);
        }
        JsonNode json = parse(response.body());
        if (response.statusCode() == 200 && json.hasNonNull(expected)) {
            return json;
        }
        String error = json.path("error").asText("");
        if (!REFUSALS.contains(error)) {
            // Not LWA speaking (a proxy, a portal, an outage): try again later, never pause the account for it.
            throw new SpApiException.ServerError(
                    null, response.statusCode(), List.of(new SpApiError(error, explain(error), null)), null);
        }
        throw new SpApiException.Unauthorized(
                null, response.statusCode(), List.of(new SpApiError(error, explain(error), null)), null, error);
    }

    private JsonNode parse(String body) {
        try {
            JsonNode node = mapper.readTree(body == null ? "" : body);
            return node == null ? mapper.createObjectNode() : node;
        } catch (IOException e) {
            return mapper.createObjectNode();
        }
    }

    /** Plain words for LWA's OAuth error codes; the text the seller sees on the account. */
    static String explain(String error) {
        return switch (error) {
            case "invalid_grant" ->
                "invalid_grant: the refresh token was revoked or is not valid for this app;"
                        + " authorize sellersync again in Seller Central";
            case "invalid_client" ->
                "invalid_client: the LWA client id or secret is wrong, or the secret was rotated"
                        + " or expired; enter the current secret";
            case "unauthorized_client" -> "unauthorized_client: this app may not use the refresh-token grant";
            default -> "LWA refused the token exchange" + (error.isEmpty() ? "" : " (" + error + ")");
        };
    }
}
