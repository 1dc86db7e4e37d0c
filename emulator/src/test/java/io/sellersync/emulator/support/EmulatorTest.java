// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.EmulatorApplication;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Starts the emulator in-process on a free port with a frozen clock and re-seeds it before every test, so tests share
 * one Spring context yet never see each other's state. The application class is named because the package also holds
 * the embedded emulator's own configuration.
 */
@SpringBootTest(
        classes = EmulatorApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"speed=0", "seed=42", "start-time=2026-03-02T10:00:00Z", "buyers-per-hour=0"})
public abstract class EmulatorTest {

    public static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    public static final String UK = "A1F83G8C2ARO7P";
    public static final String DE = "A1PA6795UKMFR9";

    @LocalServerPort
    protected int port;

    protected Http http;
    protected JsonNode credentials;
    protected String sellerId;

    @BeforeEach
    void reseed() {
        http = new Http("http://localhost:" + port);
        Http.Response seeded = http.json(
                "POST",
                "/_emulator/seed",
                Map.of("seed", 42, "startTime", START.toString(), "speed", 0, "purchasesPerHour", 0),
                null);
        assertThat(seeded.status()).isEqualTo(200);
        credentials = seeded.json().get("credentials");
        sellerId = credentials.get("sellerId").asText();
    }

    /** A fresh access token for the demo seller, through the LWA endpoint. */
    protected String token() {
        return token(credentials.get("refreshToken").asText());
    }

    protected String token(String refreshToken) {
        Http.Response response = lwa(Map.of(
                "grant_type",
                "refresh_token",
                "refresh_token",
                refreshToken,
                "client_id",
                credentials.get("clientId").asText(),
                "client_secret",
                credentials.get("clientSecret").asText()));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("access_token").asText();
    }

    protected Http.Response lwa(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return http.send(
                "POST",
                "/auth/o2/token",
                body.toString().getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded;charset=UTF-8",
                null);
    }

    protected void advance(long seconds) {
        assertThat(http.json("POST", "/_emulator/clock/advance", Map.of("seconds", seconds), null)
                        .status())
                .isEqualTo(200);
    }

    /**
     * Lets the simulated buyers buy at {@code purchasesPerHour} for {@code hours}, then stops them, with rate limits
     * scaled up a hundredfold so the test can read everything that follows.
     */
    protected void buyFor(int hours, double purchasesPerHour) {
        configure(Map.of("rateMultiplier", 100.0));
        assertThat(http.json("PUT", "/_emulator/buyers", Map.of("purchasesPerHour", purchasesPerHour), null)
                        .status())
                .isEqualTo(200);
        advance(hours * 3600L);
        http.json("PUT", "/_emulator/buyers", Map.of("purchasesPerHour", 0), null);
    }

    protected void configure(Map<String, Object> config) {
        assertThat(http.json("PUT", "/_emulator/config", config, null).status()).isEqualTo(200);
    }

    /** Ground truth of one listing, straight from the world. */
    protected JsonNode truth(String sku) {
        Http.Response response = http.get("/_emulator/listings/" + sellerId + "/" + sku, null);
        return response.status() == 404 ? null : response.json();
    }

    /** The first listing of the demo seller that is listed in both UK and DE. */
    protected JsonNode listingInBothMarketplaces() {
        for (JsonNode listing :
                http.get("/_emulator/listings?sellerId=" + sellerId, null).json()) {
            if (listing.path("offers").has(UK)
                    && listing.path("offers").has(DE)
                    && listing.path("offers").path(UK).hasNonNull("price")) {
                return listing;
            }
        }
        throw new AssertionError("the seeded world has no listing in both marketplaces");
    }
}
