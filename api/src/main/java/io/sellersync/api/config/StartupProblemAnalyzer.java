// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.config;

import io.sellersync.integration.vault.VaultKeyException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns sellersync's own start-up problems (database, vault key) into one clear sentence and what to do, instead of
 * a stack trace. Spring Boot's analyzers already cover ports in use and invalid properties.
 */
class StartupProblemAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EmbeddedPostgresException) {
                return new FailureAnalysis(
                        cause.getMessage(),
                        "Free the data directory (another sellersync may be running there), set SELLERSYNC_DATA_DIR"
                                + " to another folder, or point SPRING_DATASOURCE_URL at an external PostgreSQL.",
                        cause);
            }
            if (cause instanceof VaultKeyException) {
                return new FailureAnalysis(
                        cause.getMessage(),
                        "Set SELLERSYNC_SECRET_KEY to the key the credentials were stored with (openssl rand -base64"
                                + " 32 makes a new one), or fix the key file's permissions.",
                        cause);
            }
        }
        return null;
    }
}
