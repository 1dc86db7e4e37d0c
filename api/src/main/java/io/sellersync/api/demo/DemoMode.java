// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellersync.api.accounts.AccountConnections;
import io.sellersync.emulator.EmbeddedEmulator;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.accounts.SpApiEndpoints;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Region;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Demo mode: with no Amazon account connected, sellersync starts the built-in SP-API emulator in-process (real-time
 * clock, buyers active, 90 days of history) and connects its demo seller, so every page has real-looking data from
 * a real SP-API conversation. The emulator is deterministic for its seed, so after a restart the same seller comes
 * back on the same port. Connecting a real account ends demo mode: the demo account is removed, the emulator stops.
 */
@Component
public class DemoMode {

    static final String DEMO_NAME = "Demo seller (built-in emulator)";

    private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

    private final DemoProperties properties;
    private final QueryGateway queries;
    private final AccountConnections connections;
    private EmbeddedEmulator emulator;
    private DemoApp app;

    /** The emulator's SP-API application and endpoints, for the website authorization workflow in demo mode. */
    public record DemoApp(
            String applicationId,
            String clientId,
            String clientSecret,
            URI consentUrl,
            SpApiEndpoints endpoints,
            List<MarketplaceId> marketplaces) {

        @Override
        public String toString() {
            return "DemoApp[" + applicationId + ", " + endpoints + "]";
        }
    }

    DemoMode(DemoProperties properties, QueryGateway queries, AccountConnections connections) {
        this.properties = properties;
        this.queries = queries;
        this.connections = connections;
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void start() {
        if (!properties.enabled()) {
            return;
        }
        List<AccountView> accounts = accounts();
        boolean demoAccount = accounts.stream().anyMatch(DemoMode::isDemo);
        if (!accounts.isEmpty() && !demoAccount) {
            return;
        }
        try {
            emulator = EmbeddedEmulator.start(Map.of(
                    "port", Integer.toString(properties.emulatorPort()),
                    "seed", Long.toString(properties.seed()),
                    "speed", "1",
                    "history-days", "90",
                    "buyers-per-hour", "4"));
        } catch (RuntimeException e) {
            log.warn(
                    "Demo mode is off: the built-in emulator could not start on port {} ({})."
                            + " Set SELLERSYNC_DEMO_EMULATORPORT to a free port, or SELLERSYNC_DEMO_ENABLED=false.",
                    properties.emulatorPort(),
                    e.getMessage());
            return;
        }
        log.info("Demo mode: built-in SP-API emulator at {}", emulator.baseUrl());
        JsonNode credentials = credentials(emulator.baseUrl().resolve("/_emulator/credentials"));
        app = demoApp(credentials, emulator.baseUrl());
        if (!demoAccount) {
            connectDemoSeller(credentials);
        }
    }

    /** True while the demo account is connected and its emulator runs. */
    public synchronized boolean active() {
        return emulator != null;
    }

    public synchronized Optional<DemoApp> app() {
        return Optional.ofNullable(emulator == null ? null : app);
    }

    /** A real account was connected: remove the demo account and stop the emulator. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public synchronized void end(AccountConnections.RealAccountConnected connected) {
        for (AccountView account : accounts()) {
            if (isDemo(account)) {
                connections.remove(account.accountId());
            }
        }
        if (emulator != null) {
            close();
            log.info("Demo mode ended: a real Amazon account is connected");
        }
    }

    /** The emulator lives as long as the application context. */
    @PreDestroy
    synchronized void close() {
        if (emulator != null) {
            emulator.close();
            emulator = null;
            app = null;
        }
    }

    /** Only demo mode connects accounts to another SP-API implementation, so every such account belongs to it. */
    static boolean isDemo(AccountView account) {
        return account.endpoints() != null;
    }

    private void connectDemoSeller(JsonNode credentials) {
        connections.connect(new AccountConnections.Connection(
                DEMO_NAME,
                credentials.get("sellerId").asText(),
                Region.valueOf(credentials.get("region").asText()),
                app.marketplaces(),
                app.clientId(),
                app.clientSecret(),
                credentials.get("refreshToken").asText(),
                null,
                app.endpoints()));
    }

    private static DemoApp demoApp(JsonNode credentials, URI base) {
        List<MarketplaceId> marketplaces = new ArrayList<>();
        credentials.get("marketplaceIds").forEach(id -> marketplaces.add(new MarketplaceId(id.asText())));
        return new DemoApp(
                credentials.get("applicationId").asText(),
                credentials.get("clientId").asText(),
                credentials.get("clientSecret").asText(),
                base.resolve("/apps/authorize/consent"),
                new SpApiEndpoints(
                        base.toString(), base.resolve("/auth/o2/token").toString()),
                List.copyOf(marketplaces));
    }

    private List<AccountView> accounts() {
        return queries.query(new ListAccountsQuery(), ResponseTypes.multipleInstancesOf(AccountView.class))
                .join();
    }

    private static JsonNode credentials(URI url) {
        try {
            String body = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            return new ObjectMapper().readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("the demo emulator did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting demo mode", e);
        }
    }
}
