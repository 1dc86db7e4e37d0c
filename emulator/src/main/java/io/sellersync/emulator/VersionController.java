// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells clients which contract version this emulator implements, so a test suite can refuse an older one. */
@RestController
class VersionController {

    static final String CONTRACT_VERSION = "0.1.0";

    @GetMapping("/_emulator/version")
    Map<String, String> version() {
        return Map.of("name", "sellersync-emulator", "contractVersion", CONTRACT_VERSION);
    }
}
