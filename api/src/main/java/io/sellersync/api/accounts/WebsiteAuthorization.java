// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.accounts;

import io.sellersync.api.demo.DemoMode;
import io.sellersync.integration.spapi.LwaTokens;
import io.sellersync.integration.spapi.SpApiAppProperties;
import io.sellersync.integration.spapi.SpApiException;
import io.sellersync.integration.spapi.SpApiProperties;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.SpApiEndpoints;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.shared.Region;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Connect with Amazon", the website authorization workflow: send the seller to Seller Central's consent page with a
 * one-time {@code state} bound to their session, then trade the returned {@code spapi_oauth_code} for a refresh token
 * that goes straight to the vault. In demo mode the emulator plays Seller Central. Like {@link AccountConnections},
 * it handles secrets, so it calls the integration layer directly instead of sending them through a bus.
 */
@Service
public class WebsiteAuthorization {

    private final SpApiAppProperties app;
    private final SpApiProperties spApi;
    private final DemoMode demo;
    private final LwaTokens lwa;
    private final AccountConnections connections;
    private final SecureRandom random = new SecureRandom();

    WebsiteAuthorization(
            SpApiAppProperties app,
            SpApiProperties spApi,
            DemoMode demo,
            LwaTokens lwa,
            AccountConnections connections) {
        this.app = app;
        this.spApi = spApi;
        this.demo = demo;
        this.lwa = lwa;
        this.connections = connections;
    }

    /** What the session remembers between the redirect to Amazon and the callback. */
    public record Pending(String state, String name, Region region, boolean demo) implements Serializable {}

    /** Which application the consent is for, and where its tokens and calls go. */
    private record Target(
            String applicationId,
            String clientId,
            String clientSecret,
            boolean draft,
            URI consentUrl,
            URI lwaUrl,
            SpApiEndpoints endpoints,
            List<MarketplaceId> marketplaces) {}

    /** True when a consent can be started: the seller's own app is configured, or demo mode provides one. */
    public boolean available() {
        return app.configured() || demo.app().isPresent();
    }

    public Pending begin(String name, Region region) {
        if (name == null || name.isBlank()) {
            throw BusinessException.invalid("name", "Give the account a name");
        }
        if (region == null) {
            throw BusinessException.invalid("region", "Choose the account's region: NA, EU or FE");
        }
        byte[] state = new byte[24];
        random.nextBytes(state);
        return new Pending(
                Base64.getUrlEncoder().withoutPadding().encodeToString(state),
                name.strip(),
                region,
                !app.configured() && demo.app().isPresent());
    }

    public URI consentUrl(Pending pending, String redirectUri) {
        Target target = target(pending);
        UriComponentsBuilder url = UriComponentsBuilder.fromUri(target.consentUrl())
                .queryParam("application_id", target.applicationId())
                .queryParam("state", pending.state())
                .queryParam("redirect_uri", redirectUri);
        if (target.draft()) {
            url.queryParam("version", "beta");
        }
        return url.encode().build().toUri();
    }

    public AccountId complete(Pending pending, String state, String sellingPartnerId, String code, String redirectUri) {
        if (pending == null
                || state == null
                || !MessageDigest.isEqual(
                        pending.state().getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8))) {
            throw new BusinessException(
                    ErrorCode.FORBIDDEN,
                    "state",
                    "This authorization was not started here, or has been used already; start again");
        }
        if (code == null || code.isBlank() || sellingPartnerId == null || sellingPartnerId.isBlank()) {
            throw BusinessException.invalid("spapi_oauth_code", "Amazon did not return an authorization; start again");
        }
        Target target = target(pending);
        String refreshToken;
        try {
            refreshToken = lwa.exchangeAuthorizationCode(
                    target.lwaUrl(), target.clientId(), target.clientSecret(), code, redirectUri);
        } catch (SpApiException e) {
            String words =
                    e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
            throw new BusinessException(
                    ErrorCode.FORBIDDEN, "spapi_oauth_code", "Amazon refused the authorization: " + words);
        }
        return connections.connect(new AccountConnections.Connection(
                pending.name(),
                sellingPartnerId,
                pending.region(),
                target.marketplaces(),
                target.clientId(),
                target.clientSecret(),
                refreshToken,
                null,
                target.endpoints()));
    }

    private Target target(Pending pending) {
        if (pending.demo()) {
            DemoMode.DemoApp demoApp = demo.app()
                    .orElseThrow(() ->
                            new BusinessException(ErrorCode.CONFLICT, "region", "Demo mode has ended; start again"));
            return new Target(
                    demoApp.applicationId(),
                    demoApp.clientId(),
                    demoApp.clientSecret(),
                    false,
                    demoApp.consentUrl(),
                    URI.create(demoApp.endpoints().lwaUrl()),
                    demoApp.endpoints(),
                    demoApp.marketplaces());
        }
        if (!app.configured()) {
            throw new BusinessException(
                    ErrorCode.CONFLICT, "region", "Connect with Amazon needs your SP-API app (sellersync.spapi.app.*)");
        }
        return new Target(
                app.applicationId(),
                app.clientId(),
                app.clientSecret(),
                app.draft(),
                app.consentUrls().get(pending.region()),
                spApi.lwaUrl(),
                null,
                Marketplaces.defaults(pending.region()));
    }
}
