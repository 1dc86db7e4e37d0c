// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bytes of an upload, readable more than once (detection, validation, then the import) without holding them. */
public interface CsvSource {

    InputStream open() throws IOException;

    long size() throws IOException;

    static CsvSource of(Path file) {
        return new CsvSource() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public long size() throws IOException {
                return Files.size(file);
            }
        };
    }

    static CsvSource of(byte[] bytes) {
        return new CsvSource() {
            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public long size() {
                return bytes.length;
            }
        };
    }
}
