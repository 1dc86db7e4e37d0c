// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    private static final byte[] KEY = new byte[32];

    @Test
    void roundTripsAndNeverStoresThePlaintext() {
        SecretCipher cipher = new SecretCipher(KEY);
        byte[] sealed = cipher.encrypt("Atzr|refresh-token-value", "acc-1/refreshToken");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("refresh-token-value");
        assertThat(cipher.decrypt(sealed, "acc-1/refreshToken")).isEqualTo("Atzr|refresh-token-value");
    }

    @Test
    void aValueCopiedToAnotherAccountDoesNotDecrypt() {
        SecretCipher cipher = new SecretCipher(KEY);
        byte[] sealed = cipher.encrypt("secret", "acc-1/clientSecret");
        assertThatThrownBy(() -> cipher.decrypt(sealed, "acc-2/clientSecret"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("secret\"");
    }

    @Test
    void encryptsTheSameValueDifferentlyEachTime() {
        SecretCipher cipher = new SecretCipher(KEY);
        assertThat(cipher.encrypt("same", "a")).isNotEqualTo(cipher.encrypt("same", "a"));
    }

    @Test
    void generatesAnOwnerOnlyKeyFileOnceAndReusesIt(@TempDir Path dir) throws Exception {
        byte[] first = VaultKeys.resolve(new VaultProperties(null, dir));
        byte[] second = VaultKeys.resolve(new VaultProperties("", dir));
        assertThat(first).hasSize(32).isEqualTo(second);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(VaultKeys.KEY_FILE))))
                .isEqualTo("rw-------");
    }

    @Test
    void refusesAKeyFileOthersCanRead(@TempDir Path dir) throws Exception {
        VaultKeys.resolve(new VaultProperties(null, dir));
        Files.setPosixFilePermissions(dir.resolve(VaultKeys.KEY_FILE), PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> VaultKeys.resolve(new VaultProperties(null, dir)))
                .hasMessageContaining("chmod 600");
    }

    @Test
    void refusesAConfiguredKeyOfTheWrongLength() {
        assertThatThrownBy(() -> VaultKeys.resolve(new VaultProperties("c2hvcnQ=", null)))
                .hasMessageContaining("SELLERSYNC_SECRET_KEY")
                .hasMessageContaining("32 bytes");
    }
}
