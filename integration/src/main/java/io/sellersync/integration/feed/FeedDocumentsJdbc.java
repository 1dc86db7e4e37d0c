// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link FeedDocuments} in the {@code feed_document} table (digest, kind, content, bytes, created_at). */
class FeedDocumentsJdbc implements FeedDocuments {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    FeedDocumentsJdbc(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    @Override
    public Optional<byte[]> get(String digest) {
        List<byte[]> found =
                jdbc.query("select content from feed_document where digest = ?", (rs, n) -> rs.getBytes(1), digest);
        return found.stream().findFirst();
    }

    @Override
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

    static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
