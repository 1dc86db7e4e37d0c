// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellersync.emulator.EmulatorApplication;
import io.sellersync.integration.vault.LwaCredentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The SP-API emulator in this JVM on a free port, with a frozen clock and no simulated buyers, driven over its
 * control API. It is a separate implementation of Amazon's contract: the client is tested against it, never with it.
 */
final class EmulatorServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    EmulatorServer() {
        context = new SpringApplicationBuilder(EmulatorApplication.class)
                .properties(
                        "port=0",
                        "speed=0",
                        "buyers-per-hour=0",
                        "spring.main.banner-mode=off",
                        "spring.autoconfigure.exclude="
                                + "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
                .run();
        base = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
    }

    URI base() {
        return base;
    }

    JsonNode control(String method, String path, String json) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.resolve("/_emulator" + path)).header("Content-Type", "application/json");
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            String body = http.send(request.build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            return body == null || body.isBlank() ? mapper.createObjectNode() : mapper.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The demo seller as the client sees an account: endpoints and vault secrets from the emulator. */
    SpApiAccount demoAccount() {
        JsonNode credentials = control("GET", "/credentials", null);
        return new SpApiAccount(
                "demo",
                credentials.get("sellerId").asText(),
                base,
                base.resolve("/auth/o2/token"),
                credentials.get("clientId").asText(),
                new LwaCredentials(
                        credentials.get("clientSecret").asText(),
                        credentials.get("refreshToken").asText()));
    }

    void advance(long seconds) {
        control("POST", "/clock/advance", "{\"seconds\":" + seconds + "}");
    }

    @Override
    public void close() {
        context.close();
    }
}
