// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.integration.vault.VaultKeyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class StartupProblemAnalyzerTest {

    private final StartupProblemAnalyzer analyzer = new StartupProblemAnalyzer();

    @Test
    void explainsABadVaultKeyBuriedInABeanFailureInOneSentence() {
        var failure = new BeanCreationException(
                "credentialsVault", "failed", new VaultKeyException("SELLERSYNC_SECRET_KEY must decode to 32 bytes"));
        FailureAnalysis analysis = analyzer.analyze(failure);
        assertThat(analysis.getDescription()).isEqualTo("SELLERSYNC_SECRET_KEY must decode to 32 bytes");
        assertThat(analysis.getAction()).contains("openssl rand -base64 32");
    }

    @Test
    void explainsADatabaseThatCannotStart() {
        FailureAnalysis analysis = analyzer.analyze(new EmbeddedPostgresException(
                "The embedded PostgreSQL could not start in /data/postgres: another sellersync is running", null));
        assertThat(analysis.getDescription()).contains("another sellersync is running");
        assertThat(analysis.getAction()).contains("SELLERSYNC_DATA_DIR").contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void leavesOtherFailuresToSpringBoot() {
        assertThat(analyzer.analyze(new IllegalStateException("something else")))
                .isNull();
    }
}
