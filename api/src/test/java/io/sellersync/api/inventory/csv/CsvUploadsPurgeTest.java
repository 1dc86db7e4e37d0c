// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.scheduling.annotation.Scheduled;

/** Uploads previewed but never imported are deleted without waiting for the next upload. */
class CsvUploadsPurgeTest {

    @Test
    void theScheduledPurgeDeletesAbandonedUploadsAndKeepsRecentOnes(@TempDir Path dataDir) throws Exception {
        ImportUploads uploads =
                new ImportUploads(new MockEnvironment().withProperty("sellersync.data-dir", dataDir.toString()));
        ImportUploads.Upload old = uploads.store(bytes("a,b\n"), "old.csv", 1_000);
        ImportUploads.Upload recent = uploads.store(bytes("c,d\n"), "recent.csv", 1_000);
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(ImportUploads.KEEP.multipliedBy(2)));
        Files.setLastModifiedTime(old.file(), twoHoursAgo);
        Files.setLastModifiedTime(old.file().resolveSibling(old.importId() + ".name"), twoHoursAgo);

        uploads.purgeAbandoned();

        assertThat(uploads.find(old.importId())).isEmpty();
        assertThat(Files.exists(old.file().resolveSibling(old.importId() + ".name")))
                .isFalse();
        assertThat(uploads.find(recent.importId())).isPresent();
        assertThat(ImportUploads.class.getMethod("purgeAbandoned").getAnnotation(Scheduled.class))
                .isNotNull();
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
