// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.config;

import io.sellersync.command.finances.FinancesCommandModule;
import io.sellersync.integration.finances.FinancesProperties;
import io.sellersync.messages.finances.FeeRules;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the finances feature: the {@code FinancialTransaction} aggregate, and the one fee registry every side uses —
 * the built-in breakdown types plus {@code sellersync.finances.breakdown-types.*} from the configuration. It is a bean,
 * so the aggregate receives it as a handler parameter and the {@code finances} projection computes every figure with
 * it; after a change, rebuilding that projection recomputes them all.
 */
@Configuration
public class FinancesConfig {

    @Bean
    ConfigurerModule financesCommandModule() {
        return new FinancesCommandModule();
    }

    @Bean
    FeeRules feeRules(FinancesProperties properties) {
        return FeeRules.defaults().with(properties.breakdownTypes());
    }
}
