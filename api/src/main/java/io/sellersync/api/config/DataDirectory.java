// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.config;

import java.nio.file.Path;
import org.springframework.core.env.Environment;

/** The folder that holds the embedded database, the vault key file and logs: {@code SELLERSYNC_DATA_DIR} or ./data. */
public final class DataDirectory {

    private DataDirectory() {}

    public static Path of(Environment environment) {
        String configured = environment.getProperty("SELLERSYNC_DATA_DIR");
        if (configured == null || configured.isBlank()) {
            configured = environment.getProperty("sellersync.data-dir", "data");
        }
        return Path.of(configured).toAbsolutePath().normalize();
    }
}
