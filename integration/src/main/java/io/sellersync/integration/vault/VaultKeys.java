// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Finds the vault key: the configured one, else a key file in the data directory, created with mode 0600 on first
 * start. A key file readable by others is refused, as an SSH client refuses a loose private key.
 */
final class VaultKeys {

    static final String KEY_FILE = "vault.key";

    private VaultKeys() {}

    static byte[] resolve(VaultProperties properties) {
        if (properties.secretKey() != null && !properties.secretKey().isBlank()) {
            return decode(properties.secretKey().strip(), "SELLERSYNC_SECRET_KEY");
        }
        Path dir = properties.dataDir() == null ? Path.of("data") : properties.dataDir();
        return fromFile(dir.resolve(KEY_FILE));
    }

    private static byte[] fromFile(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                create(file);
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!permissions.equals(PosixFilePermissions.fromString("rw-------"))
                    && !permissions.equals(PosixFilePermissions.fromString("r--------"))) {
                throw new VaultKeyException(
                        "The vault key file " + file + " must be readable by its owner only (chmod 600 " + file + ")");
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        } catch (IOException e) {
            throw new VaultKeyException(
                    "The vault key file " + file + " could not be read or created: " + e.getMessage());
        }
    }

    /**
     * Writes the new key to a private temporary file and links it into place, which is atomic and never replaces an
     * existing key: no reader (another process starting at the same time, or the next start after a crash) ever sees
     * an empty or partial key file, and two first starts end up with one key.
     */
    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path temporary = Files.createTempFile(
                file.getParent(),
                ".vault",
                ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException raced) {
            // another process created it first; its key is the one to use
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new VaultKeyException(source + " is not valid base64 (expected 32 random bytes, base64-encoded)");
        }
        if (key.length != 32) {
            throw new VaultKeyException(source + " must decode to 32 bytes for AES-256, not " + key.length
                    + " (try: openssl rand -base64 32)");
        }
        return key;
    }
}
