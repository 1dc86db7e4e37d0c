// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --demo} starts the demo world without having to remember its options, and explicit options still win. */
class DemoOptionTest {

    @Test
    void demoMeansNinetyDaysOfHistoryAndBuyersAtTwoAnHour() {
        assertThat(DemoOption.expand(new String[] {"--port=8788", "--demo"}))
                .containsExactly("--history-days=90", "--buyers-per-hour=2", "--port=8788");
    }

    @Test
    void explicitOptionsWinAndWithoutDemoNothingChanges() {
        assertThat(DemoOption.expand(new String[] {"--demo", "--history-days=30"}))
                .containsExactly("--buyers-per-hour=2", "--history-days=30");
        assertThat(DemoOption.expand(new String[] {"--seed=7"})).containsExactly("--seed=7");
    }
}
