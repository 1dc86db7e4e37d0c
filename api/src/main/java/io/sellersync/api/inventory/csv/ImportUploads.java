// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory.csv;

import io.sellersync.api.config.DataDirectory;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps an uploaded CSV on the server between its preview and its import (under {@code <data dir>/imports}, keyed by
 * the import id), so the seller never uploads it twice and the import reads exactly the bytes that were previewed.
 * Files are deleted after the import; any older than an hour (a preview never imported) are deleted at start-up,
 * every quarter of an hour, and whenever a new one arrives.
 */
@Component
public class ImportUploads {

    /** An upload kept for its import. */
    public record Upload(String importId, String fileName, Path file, Instant storedAt) {
        public CsvSource source() {
            return CsvSource.of(file);
        }
    }

    static final Duration KEEP = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(ImportUploads.class);
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Path directory;
    private final Clock clock;

    ImportUploads(Environment environment) {
        this.directory = DataDirectory.of(environment).resolve("imports");
        this.clock = Clock.systemUTC(); // file ages are wall-clock ages, whatever clock the application runs on
    }

    /** Stores the bytes (at most {@code maxBytes}) under a new import id. */
    public Upload store(InputStream in, String fileName, long maxBytes) {
        purgeOld();
        String id = UUID.randomUUID().toString();
        Path file = directory.resolve(id + ".csv");
        try {
            Files.createDirectories(directory);
            long copied = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) != -1) {
                    copied += n;
                    if (copied > maxBytes) {
                        break;
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (copied > maxBytes) {
                Files.deleteIfExists(file);
                throw BusinessException.invalid(
                        "file",
                        String.format(
                                Locale.ROOT,
                                "The file is larger than %d MB. Split it into smaller files.",
                                maxBytes / (1024 * 1024)));
            }
            String name = fileName == null || fileName.isBlank()
                    ? "upload.csv"
                    : Path.of(fileName).getFileName().toString();
            Files.writeString(directory.resolve(id + ".name"), name, StandardCharsets.UTF_8);
            return new Upload(id, name, file, clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The upload of an import still waiting, or a NOT_FOUND refusal (expired, imported, or never there). */
    public Upload get(String importId) {
        return find(importId)
                .orElseThrow(
                        () -> new BusinessException(
                                ErrorCode.NOT_FOUND,
                                "importId",
                                "This upload is no longer on the server (imported already, or older than an hour); upload the file again"));
    }

    public Optional<Upload> find(String importId) {
        if (importId == null || !ID.matcher(importId).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(importId + ".csv");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Path nameFile = directory.resolve(importId + ".name");
            String name = Files.exists(nameFile) ? Files.readString(nameFile, StandardCharsets.UTF_8) : "upload.csv";
            return Optional.of(new Upload(
                    importId, name, file, Files.getLastModifiedTime(file).toInstant()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void delete(String importId) {
        if (importId == null || !ID.matcher(importId).matches()) {
            return;
        }
        try {
            Files.deleteIfExists(directory.resolve(importId + ".csv"));
            Files.deleteIfExists(directory.resolve(importId + ".name"));
        } catch (IOException e) {
            log.warn("Could not delete upload {}: {}", importId, e.toString());
        }
    }

    /** Abandoned uploads go even when nobody uploads again (and those left from before a restart, at start-up). */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(initialDelayString = "PT15M", fixedDelayString = "PT15M")
    public void purgeAbandoned() {
        purgeOld();
    }

    void purgeOld() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        Instant cutoff = clock.instant().minus(KEEP);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            log.warn("Could not clean up old uploads: {}", e.toString());
        }
    }
}
