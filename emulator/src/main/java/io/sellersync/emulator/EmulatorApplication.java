// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The SP-API emulator: a separate application with its own state, sharing no logic with sellersync. */
@SpringBootApplication
@EnableScheduling
public class EmulatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(EmulatorApplication.class, DemoOption.expand(args));
    }
}
