// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.vault;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the vault key comes from: {@code secretKey} (base64 of 32 bytes, from {@code SELLERSYNC_SECRET_KEY}) or, when
 * empty, a key file generated once in {@code dataDir}.
 */
@ConfigurationProperties("sellersync")
public record VaultProperties(String secretKey, Path dataDir) {}
