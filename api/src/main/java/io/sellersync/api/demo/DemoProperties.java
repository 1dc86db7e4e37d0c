// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Demo mode switches: on by default; the emulator's port is fixed so the demo account survives restarts. */
@ConfigurationProperties("sellersync.demo")
public record DemoProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("8788") int emulatorPort,
        @DefaultValue("42") long seed) {}
