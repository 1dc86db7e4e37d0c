// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellersync.api.accounts.AccountConnections;
import io.sellersync.emulator.EmbeddedEmulator;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.SpApiEndpoints;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Region;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-process emulator (frozen clock, no buyers, plans widened because a frozen clock never refills its buckets)
 * whose seller is connected to the application as an account, the way demo mode connects it: through
 * {@link AccountConnections} with the emulator's endpoints.
 */
public final class EmulatedSeller implements AutoCloseable {

    private final EmbeddedEmulator emulator;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    public final AccountId accountId;
    public final String sellerId;
    public final List<MarketplaceId> marketplaces = new ArrayList<>();

    /** {@code options} override the emulator's defaults here (seed 7, no history), e.g. {@code seed} or {@code start-time}. */
    public EmulatedSeller(AccountConnections connections, String name, Map<String, String> options) {
        Map<String, String> settings = new HashMap<>(
                Map.of("port", "0", "seed", "7", "speed", "0", "buyers-per-hour", "0", "history-days", "0"));
        settings.putAll(options);
        emulator = EmbeddedEmulator.start(settings);
        control("PUT", "/config", "{\"rateMultiplier\":1000}");
        JsonNode credentials = control("GET", "/credentials", null);
        sellerId = credentials.get("sellerId").asText();
        credentials.get("marketplaceIds").forEach(id -> marketplaces.add(new MarketplaceId(id.asText())));
        URI base = emulator.baseUrl();
        accountId = connections.connect(new AccountConnections.Connection(
                name,
                sellerId,
                Region.valueOf(credentials.get("region").asText()),
                List.copyOf(marketplaces),
                credentials.get("clientId").asText(),
                credentials.get("clientSecret").asText(),
                credentials.get("refreshToken").asText(),
                null,
                new SpApiEndpoints(
                        base.toString(), base.resolve("/auth/o2/token").toString())));
    }

    public EmulatedSeller(AccountConnections connections, String name) {
        this(connections, name, Map.of());
    }

    /** Calls the emulator's control API ({@code path} after {@code /_emulator}); a refusal fails the test. */
    public JsonNode control(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(emulator.baseUrl().resolve("/_emulator" + path))
                .header("Content-Type", "application/json");
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            String body = response.body();
            return body == null || body.isBlank() ? mapper.nullNode() : mapper.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void advance(long seconds) {
        control("POST", "/clock/advance", "{\"seconds\":" + seconds + "}");
    }

    @Override
    public void close() {
        emulator.close();
    }
}
