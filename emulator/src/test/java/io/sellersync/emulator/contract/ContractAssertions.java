// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.emulator.support.Http;
import io.sellersync.emulator.support.SpApiModels;

/** Asserts that a live response is one the official model allows for the operation. */
final class ContractAssertions {

    private ContractAssertions() {}

    static Http.Response conforms(String model, String operationId, int expectedStatus, Http.Response response) {
        assertThat(response.status()).as(operationId + ": " + response.body()).isEqualTo(expectedStatus);
        assertThat(SpApiModels.check(model, operationId, response))
                .as(operationId + " " + response.status() + " against " + model + ": " + response.body())
                .isEmpty();
        assertThat(response.header("x-amzn-RequestId")).as("x-amzn-RequestId").isPresent();
        return response;
    }
}
