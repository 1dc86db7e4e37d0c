// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.auth;

import io.sellersync.emulator.world.Seller;
import io.sellersync.emulator.world.World;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Seller Central's side of the website authorization workflow: a consent page for the application, and on consent a
 * redirect to the app's {@code redirect_uri} with {@code state}, {@code selling_partner_id} and a one-time
 * {@code spapi_oauth_code}, which the app then exchanges at {@code /auth/o2/token}.
 */
@RestController
class ConsentController {

    private final World world;
    private final TokenStore tokens;

    ConsentController(World world, TokenStore tokens) {
        this.world = world;
        this.tokens = tokens;
    }

    @GetMapping(path = "/apps/authorize/consent", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> consent(
            @RequestParam(name = "application_id", required = false) String applicationId,
            @RequestParam(required = false) String state,
            @RequestParam(name = "redirect_uri", required = false) String redirectUri) {
        Optional<String> problem = problem(applicationId, redirectUri);
        if (problem.isPresent()) {
            return ResponseEntity.badRequest().body(page("<p class=\"error\">" + esc(problem.get()) + "</p>"));
        }
        StringBuilder options = new StringBuilder();
        for (Seller seller : world.sellers()) {
            options.append("<option value=\"")
                    .append(esc(seller.sellerId()))
                    .append("\">")
                    .append(esc(seller.name()))
                    .append(" (")
                    .append(esc(seller.sellerId()))
                    .append(")</option>");
        }
        String form = "<h1>Authorise sellersync</h1>"
                + "<p>The application <code>" + esc(applicationId) + "</code> asks for access to your selling account."
                + "</p><form method=\"post\" action=\"/apps/authorize/confirm\">"
                + hidden("application_id", applicationId) + hidden("state", state == null ? "" : state)
                + hidden("redirect_uri", redirectUri)
                + "<label>Account <select name=\"seller_id\">" + options + "</select></label> "
                + "<button type=\"submit\" id=\"confirm\">Confirm</button></form>";
        return ResponseEntity.ok(page(form));
    }

    @PostMapping(path = "/apps/authorize/confirm", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> confirm(
            @RequestParam(name = "application_id", required = false) String applicationId,
            @RequestParam(required = false) String state,
            @RequestParam(name = "redirect_uri", required = false) String redirectUri,
            @RequestParam(name = "seller_id", required = false) String sellerId) {
        Optional<String> problem = problem(applicationId, redirectUri);
        Optional<Seller> seller = world.seller(sellerId);
        if (problem.isPresent() || seller.isEmpty()) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.TEXT_HTML)
                    .body(page("<p class=\"error\">" + esc(problem.orElse("Unknown selling account.")) + "</p>"));
        }
        TokenStore.AuthorizationCode code = tokens.issueCode(seller.get().sellerId(), redirectUri);
        URI location = UriComponentsBuilder.fromUriString(redirectUri)
                .queryParam("state", state == null ? "" : state)
                .queryParam("selling_partner_id", seller.get().sellerId())
                .queryParam("spapi_oauth_code", code.code())
                .encode()
                .build()
                .toUri();
        return ResponseEntity.status(HttpStatus.FOUND).location(location).build();
    }

    private Optional<String> problem(String applicationId, String redirectUri) {
        if (applicationId == null || !applicationId.equals(world.application().applicationId())) {
            return Optional.of("Unknown application_id.");
        }
        if (redirectUri == null || !(redirectUri.startsWith("http://") || redirectUri.startsWith("https://"))) {
            return Optional.of("A redirect_uri (http or https) is required.");
        }
        return Optional.empty();
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + esc(value) + "\">";
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Seller Central (emulated)"
                + "</title></head><body>" + body + "</body></html>";
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s);
    }
}
