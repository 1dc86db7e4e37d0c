// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.demo;

import io.sellersync.integration.spapi.ContractValidator;
import io.sellersync.integration.spapi.SpApiConfiguration;
import java.nio.file.Path;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Checks every SP-API call the application makes in a test against Amazon's models (when they are present). */
@TestConfiguration
class ContractCheckedSpApi {

    @Bean
    ContractValidator contractValidator() {
        Path models = ContractValidator.modelsDir();
        return models == null ? null : ContractValidator.forModels(models);
    }

    @Bean
    SpApiConfiguration.ClientDecorator contractCheckedClient(ContractValidator validator) {
        return client -> validator == null ? client : validator.wrap(client);
    }
}
