// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.auth;

import io.sellersync.emulator.world.LwaApplication;
import io.sellersync.emulator.world.Seller;
import io.sellersync.emulator.world.World;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Login with Amazon's token endpoint for the refresh-token grant and the authorization-code exchange of the website
 * authorization workflow. Errors use the OAuth 2.0 (RFC 6749 §5.2) shape LWA
 * documents: {@code invalid_request}, {@code unsupported_grant_type}, {@code invalid_client} (401) and
 * {@code invalid_grant} (400).
 */
@RestController
class LwaController {

    private final World world;
    private final TokenStore tokens;

    LwaController(World world, TokenStore tokens) {
        this.world = world;
        this.tokens = tokens;
    }

    @PostMapping(path = "/auth/o2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Map<String, Object>> token(@RequestBody MultiValueMap<String, String> form) {
        String grantType = form.getFirst("grant_type");
        String clientId = form.getFirst("client_id");
        String clientSecret = form.getFirst("client_secret");
        if (grantType == null || clientId == null || clientSecret == null) {
            return error(
                    HttpStatus.BAD_REQUEST,
                    "invalid_request",
                    "The request is missing a required parameter : "
                            + (grantType == null ? "grant_type" : clientId == null ? "client_id" : "client_secret"));
        }
        LwaApplication app = world.application();
        if (!app.clientId().equals(clientId) || !app.clientSecret().equals(clientSecret)) {
            return error(HttpStatus.UNAUTHORIZED, "invalid_client", "Client authentication failed");
        }
        if ("authorization_code".equals(grantType)) {
            return exchangeCode(form, clientId);
        }
        if (!"refresh_token".equals(grantType)) {
            return error(
                    HttpStatus.BAD_REQUEST,
                    "unsupported_grant_type",
                    "The authorization grant type is not supported by the authorization server");
        }
        String refreshToken = form.getFirst("refresh_token");
        if (refreshToken == null) {
            return error(
                    HttpStatus.BAD_REQUEST,
                    "invalid_request",
                    "The request is missing a required parameter : refresh_token");
        }
        Optional<Seller> seller = world.sellerByRefreshToken(refreshToken);
        if (seller.isEmpty() || tokens.isRevoked(refreshToken)) {
            return error(
                    HttpStatus.BAD_REQUEST,
                    "invalid_grant",
                    "The request has an invalid grant parameter : refresh_token");
        }
        return issue(seller.get(), refreshToken, clientId);
    }

    private ResponseEntity<Map<String, Object>> exchangeCode(MultiValueMap<String, String> form, String clientId) {
        String code = form.getFirst("code");
        if (code == null) {
            return error(
                    HttpStatus.BAD_REQUEST, "invalid_request", "The request is missing a required parameter : code");
        }
        Optional<TokenStore.AuthorizationCode> redeemed = tokens.redeem(code);
        String redirectUri = form.getFirst("redirect_uri");
        if (redeemed.isEmpty()
                || (redirectUri != null && !redirectUri.equals(redeemed.get().redirectUri()))) {
            return error(HttpStatus.BAD_REQUEST, "invalid_grant", "The request has an invalid grant parameter : code");
        }
        Seller seller = world.seller(redeemed.get().sellerId()).orElseThrow();
        return issue(seller, seller.refreshToken(), clientId);
    }

    private ResponseEntity<Map<String, Object>> issue(Seller seller, String refreshToken, String clientId) {
        AccessToken token = tokens.issue(seller.sellerId(), clientId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token.token());
        body.put("refresh_token", refreshToken);
        body.put("token_type", "bearer");
        body.put("expires_in", TokenStore.LIFETIME.toSeconds());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("Pragma", "no-cache")
                .body(body);
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error_description", description);
        body.put("error", error);
        return ResponseEntity.status(status)
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
