// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api;

import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Shared set-up for integration tests: a fresh data directory per test JVM (so the embedded PostgreSQL starts empty;
 * with {@code SPRING_DATASOURCE_URL} set, the external database is used instead), and a known administrator.
 */
public final class IntegrationTestSupport {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "integration-test-password";

    private static final Path DATA_DIR = freshDataDir("sellersync-it-");

    private IntegrationTestSupport() {}

    /** Call from a static initializer before the Spring context starts. */
    public static Path dataDir() {
        System.setProperty("SELLERSYNC_DATA_DIR", DATA_DIR.toString());
        System.setProperty("sellersync.demo.enabled", "false");
        return DATA_DIR;
    }

    public static Path freshDataDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean externalDatabase() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        return url != null && !url.isBlank();
    }

    /**
     * For a test class whose context has a database of its own (its clock follows the emulator's): with an external
     * database, a fresh schema named after it instead of the shared one, so the schedulers of the contexts alive at
     * the same time never run each other's tasks. Call from the class's {@code @DynamicPropertySource}.
     */
    public static void ownSchema(DynamicPropertyRegistry registry, String name) {
        if (!externalDatabase()) {
            return;
        }
        String url = System.getenv("SPRING_DATASOURCE_URL");
        String base = url.replaceAll("([?&])currentSchema=[^&]*&?", "$1").replaceAll("[?&]$", "");
        String schema = "sellersync_own_" + name;
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        try (Connection db = DriverManager.getConnection(base, user, password);
                Statement sql = db.createStatement()) {
            sql.execute("drop schema if exists " + schema + " cascade");
            sql.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create schema " + schema, e);
        }
        String own = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        registry.add("spring.datasource.url", () -> own);
    }

    /** A GraphQL client for the application on {@code port}, acting with the given API token. */
    public static HttpGraphQlTester graphQl(int port, String token) {
        return HttpGraphQlTester.create(WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeader("Authorization", "Bearer " + token)
                .responseTimeout(Duration.ofSeconds(30))
                .build());
    }

    /** Creates the administrator unless one exists, and returns a fresh API token for it. */
    public static String adminToken(UserAccounts users, ApiTokens tokens) {
        if (!users.isSetUp()) {
            users.createAdministrator(ADMIN, ADMIN_PASSWORD, ADMIN_PASSWORD);
        }
        return tokens.create("integration test", ADMIN).secret();
    }
}
