// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.security;

import io.sellersync.api.config.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Until an administrator exists, whoever reaches the set-up page first would own the installation. A one-time code,
 * shown in the start-up log and written to {@code <data-dir>/setup-code} (mode 0600), proves the person setting it up
 * runs the server.
 */
@Component
public class SetupCode {

    static final String FILE = "setup-code";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final Logger log = LoggerFactory.getLogger(SetupCode.class);

    private final UserAccounts users;
    private final Path file;
    private volatile String code;

    SetupCode(UserAccounts users, Environment environment) {
        this.users = users;
        this.file = DataDirectory.of(environment).resolve(FILE);
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void issue() {
        if (users.isSetUp()) {
            forget();
            return;
        }
        SecureRandom random = new SecureRandom();
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            if (i % 4 == 3 && i < 11) {
                value.append('-');
            }
        }
        code = value.toString();
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, code + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the set-up code to " + file, e);
        }
        log.warn(
                "First run: open /setup and create the administrator with the set-up code {} (also in {})", code, file);
    }

    boolean matches(String presented) {
        String expected = code;
        return expected != null
                && presented != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII),
                        presented.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    synchronized void forget() {
        code = null;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }
}
