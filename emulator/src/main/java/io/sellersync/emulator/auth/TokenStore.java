// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.auth;

import io.sellersync.emulator.clock.EmulatorClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Issued access tokens and revoked refresh tokens. Tokens live one hour of emulated time, as LWA's do, so a client's
 * refresh logic can be tested by advancing the clock.
 */
@Component
public class TokenStore {

    public static final Duration LIFETIME = Duration.ofHours(1);

    private final EmulatorClock clock;
    private final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();
    private final Set<String> revokedRefreshTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, AuthorizationCode> codes = new ConcurrentHashMap<>();

    /** A one-time {@code spapi_oauth_code} from the consent page, valid five minutes. */
    public record AuthorizationCode(String code, String sellerId, String redirectUri, Instant expiresAt) {}

    public TokenStore(EmulatorClock clock) {
        this.clock = clock;
    }

    public AccessToken issue(String sellerId, String clientId) {
        String value = "Atza|" + UUID.randomUUID().toString().replace("-", "")
                + UUID.randomUUID().toString().replace("-", "");
        AccessToken token =
                new AccessToken(value, sellerId, clientId, clock.now().plus(LIFETIME));
        tokens.put(value, token);
        return token;
    }

    public Optional<AccessToken> find(String token) {
        return Optional.ofNullable(token).map(tokens::get);
    }

    public boolean isExpired(AccessToken token) {
        return !clock.now().isBefore(token.expiresAt());
    }

    /** Fault: every token issued so far is expired from now on. */
    public void expireAll() {
        Instant now = clock.now();
        tokens.replaceAll((k, t) -> new AccessToken(t.token(), t.sellerId(), t.clientId(), now));
    }

    /** Fault: the seller withdrew the authorisation; the refresh token gets {@code invalid_grant} from now on. */
    public void revoke(String refreshToken, String sellerId) {
        revokedRefreshTokens.add(refreshToken);
        tokens.values().removeIf(t -> t.sellerId().equals(sellerId));
    }

    public boolean isRevoked(String refreshToken) {
        return revokedRefreshTokens.contains(refreshToken);
    }

    public AuthorizationCode issueCode(String sellerId, String redirectUri) {
        String value = "ANdNAVhyhqirUelHGEHA"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        AuthorizationCode code =
                new AuthorizationCode(value, sellerId, redirectUri, clock.now().plus(Duration.ofMinutes(5)));
        codes.put(value, code);
        return code;
    }

    /** Redeems a code once; empty when unknown, already used or expired. */
    public Optional<AuthorizationCode> redeem(String code) {
        AuthorizationCode found = code == null ? null : codes.remove(code);
        return Optional.ofNullable(found).filter(c -> clock.now().isBefore(c.expiresAt()));
    }

    public void clear() {
        codes.clear();
        tokens.clear();
        revokedRefreshTokens.clear();
    }
}
