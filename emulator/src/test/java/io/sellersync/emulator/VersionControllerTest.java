// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

@SpringBootTest(classes = EmulatorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VersionControllerTest {

    @Autowired
    TestRestTemplate http;

    @Test
    @SuppressWarnings("unchecked")
    void reportsItsContractVersion() {
        Map<String, String> body = http.getForObject("/_emulator/version", Map.class);
        assertThat(body).containsEntry("contractVersion", VersionController.CONTRACT_VERSION);
    }
}
