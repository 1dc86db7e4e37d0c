// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.security;

import io.sellersync.messages.shared.BusinessException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Bearer tokens for scripts and dashboards. Only a SHA-256 digest is stored (the tokens are 256 random bits, so a
 * slow hash adds nothing); the token itself is shown once, when it is created.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "sst_";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record ApiToken(String id, String name, String username, Instant createdAt, Instant lastUsedAt) {}

    public record NewApiToken(ApiToken token, String secret) {}

    public NewApiToken create(String name, String username) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw BusinessException.invalid(
                    "name", "Name the token (1 to 100 characters) so you know where it is used");
        }
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now(clock);
        jdbc.update(
                "insert into api_token (id, name, token_hash, username, created_at) values (?, ?, ?, ?, ?)",
                id,
                label,
                digest(secret),
                username,
                Timestamp.from(now));
        return new NewApiToken(new ApiToken(id, label, username, now, null), secret);
    }

    public List<ApiToken> list() {
        return jdbc.query(
                "select id, name, username, created_at, last_used_at from api_token where revoked_at is null"
                        + " order by created_at desc",
                (rs, n) -> new ApiToken(
                        rs.getString("id"),
                        rs.getString("name"),
                        rs.getString("username"),
                        rs.getTimestamp("created_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("last_used_at"))
                                .map(Timestamp::toInstant)
                                .orElse(null)));
    }

    public boolean revoke(String id) {
        return jdbc.update(
                        "update api_token set revoked_at = ? where id = ? and revoked_at is null",
                        Timestamp.from(Instant.now(clock)),
                        id)
                == 1;
    }

    /** The user a presented token acts for, if the token is valid and not revoked. */
    Optional<String> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        List<String> users = jdbc.query(
                "update api_token set last_used_at = ? where token_hash = ? and revoked_at is null returning username",
                (rs, n) -> rs.getString(1),
                Timestamp.from(Instant.now(clock)),
                digest(presented));
        return users.stream().findFirst();
    }

    private static String digest(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
