// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Feed documents (our payloads, Amazon's processing reports) by the SHA-256 hex digest of their exact bytes, in
 * {@code feed_document}. Storing the same bytes twice is a no-op, so a retried command stores nothing new.
 */
@Component
public class FeedDocumentStore {

    /** The {@code JSON_LISTINGS_FEED} document we send. */
    public static final String PAYLOAD = "PAYLOAD";

    /** A processing report Amazon returned. */
    public static final String REPORT = "REPORT";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public FeedDocumentStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the bytes under their digest (idempotent) and answers the digest. */
    public String put(String kind, byte[] content) {
        String digest = digest(content);
        jdbc.update(
                "insert into feed_document (digest, kind, content, bytes, created_at) values (?, ?, ?, ?, ?)"
                        + " on conflict (digest) do nothing",
                digest,
                kind,
                content,
                (long) content.length,
                Timestamp.from(clock.instant()));
        return digest;
    }

    /** The exact bytes stored under this digest. */
    public Optional<byte[]> get(String digest) {
        List<byte[]> rows =
                jdbc.query("select content from feed_document where digest = ?", (rs, n) -> rs.getBytes(1), digest);
        return rows.stream().findFirst();
    }

    /** SHA-256 of the bytes, lower-case hex. */
    public static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
