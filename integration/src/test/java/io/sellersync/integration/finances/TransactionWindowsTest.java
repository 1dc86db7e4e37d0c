// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.finances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The windows a run reads: overlap before the cursor, settled before now, never longer than allowed. */
class TransactionWindowsTest {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    private final FinancesProperties defaults = FinancesProperties.defaults();

    @Test
    void anIncrementalRunRereadsTheOverlapBeforeTheCursorAndEndsBeforeNow() {
        Instant cursor = NOW.minus(Duration.ofMinutes(20));
        List<TransactionSync.Window> windows = TransactionSync.incremental(cursor, NOW, defaults);
        assertThat(windows)
                .containsExactly(new TransactionSync.Window(
                        cursor.minus(Duration.ofHours(72)), NOW.minus(Duration.ofMinutes(3))));
    }

    @Test
    void theFirstRunReachesBackTheInitialImportInWindowsOfAtMostTheMaximum() {
        List<TransactionSync.Window> windows = TransactionSync.incremental(null, NOW, defaults);
        Instant end = NOW.minus(Duration.ofMinutes(3));
        assertThat(windows).hasSize(3);
        assertThat(windows.get(0).from()).isEqualTo(end.minus(Duration.ofDays(90)));
        assertThat(windows.get(2).to()).isEqualTo(end);
        for (int i = 0; i < windows.size(); i++) {
            assertThat(Duration.between(windows.get(i).from(), windows.get(i).to()))
                    .isLessThanOrEqualTo(Duration.ofDays(30));
            if (i > 0) {
                assertThat(windows.get(i).from())
                        .as("no gap, no overlap")
                        .isEqualTo(windows.get(i - 1).to());
            }
        }
    }

    @Test
    void aSweepRereadsTheLastThirtyDays() {
        List<TransactionSync.Window> windows = TransactionSync.sweep(NOW, defaults);
        assertThat(windows).singleElement().satisfies(w -> {
            assertThat(w.to()).isEqualTo(NOW.minus(Duration.ofMinutes(3)));
            assertThat(w.from()).isEqualTo(w.to().minus(Duration.ofDays(30)));
        });
    }

    @Test
    void aCursorAheadOfNowReadsNothing() {
        assertThat(TransactionSync.incremental(NOW.plus(Duration.ofDays(5)), NOW, defaults))
                .isEmpty();
    }

    @Test
    void settingsOutsideAmazonsRulesAreRefusedAtStart() {
        assertThatThrownBy(() -> new FinancesProperties(
                        Duration.ofMinutes(15),
                        Duration.ofHours(72),
                        Duration.ofMinutes(3),
                        Duration.ofDays(90),
                        Duration.ofDays(30),
                        LocalTime.of(5, 0),
                        Duration.ofDays(181),
                        Duration.ofDays(7),
                        16,
                        true,
                        Map.of()))
                .hasMessageContaining("max-window");
        assertThatThrownBy(() -> new FinancesProperties(
                        Duration.ofMinutes(15),
                        Duration.ofHours(72),
                        Duration.ofMinutes(1),
                        Duration.ofDays(90),
                        Duration.ofDays(30),
                        LocalTime.of(5, 0),
                        Duration.ofDays(30),
                        Duration.ofDays(7),
                        16,
                        true,
                        Map.of()))
                .hasMessageContaining("settle");
    }

    @Test
    void importRetriesBackOffUpToAnHour() {
        assertThat(FinanceTasks.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(FinanceTasks.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(FinanceTasks.backoff(20)).isEqualTo(Duration.ofMinutes(60));
    }
}
