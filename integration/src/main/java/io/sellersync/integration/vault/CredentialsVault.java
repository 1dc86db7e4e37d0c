// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.vault;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.CredentialStatusView;
import io.sellersync.messages.accounts.FindCredentialStatusQuery;
import io.sellersync.messages.shared.BusinessException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The only place LWA secrets are kept: encrypted in {@code account_credentials}, written in the caller's transaction
 * (so a refused account command leaves no orphan secrets), read only by the SP-API client.
 */
@Component
public class CredentialsVault {

    private static final int MAX_SECRET_LENGTH = 2048;

    private final JdbcTemplate jdbc;
    private final SecretCipher cipher;
    private final Clock clock;

    public CredentialsVault(JdbcTemplate jdbc, VaultProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = new SecretCipher(VaultKeys.resolve(properties));
        this.clock = clock;
    }

    /** Validates and stores (or replaces) an account's secrets. */
    public void store(AccountId accountId, String clientSecret, String refreshToken) {
        requireSecret("clientSecret", clientSecret, "");
        requireSecret("refreshToken", refreshToken, "Atzr|");
        String id = accountId.value();
        jdbc.update(
                """
                insert into account_credentials (account_id, key_id, client_secret, refresh_token, stored_at)
                values (?, ?, ?, ?, ?)
                on conflict (account_id) do update set key_id = excluded.key_id,
                    client_secret = excluded.client_secret, refresh_token = excluded.refresh_token,
                    stored_at = excluded.stored_at
                """,
                id,
                cipher.keyId(),
                cipher.encrypt(clientSecret.strip(), id + "/clientSecret"),
                cipher.encrypt(refreshToken.strip(), id + "/refreshToken"),
                Timestamp.from(Instant.now(clock)));
    }

    public Optional<LwaCredentials> load(AccountId accountId) {
        String id = accountId.value();
        List<LwaCredentials> rows = jdbc.query(
                "select key_id, client_secret, refresh_token from account_credentials where account_id = ?",
                (rs, n) -> {
                    if (!cipher.keyId().equals(rs.getString("key_id"))) {
                        throw new VaultKeyException("The credentials of account " + id
                                + " were encrypted with another vault key; restore the original key or re-enter them");
                    }
                    return new LwaCredentials(
                            cipher.decrypt(rs.getBytes("client_secret"), id + "/clientSecret"),
                            cipher.decrypt(rs.getBytes("refresh_token"), id + "/refreshToken"));
                },
                id);
        return rows.stream().findFirst();
    }

    public void delete(AccountId accountId) {
        jdbc.update("delete from account_credentials where account_id = ?", accountId.value());
    }

    @QueryHandler
    CredentialStatusView handle(FindCredentialStatusQuery query) {
        List<Instant> storedAt = jdbc.query(
                "select stored_at from account_credentials where account_id = ?",
                (rs, n) -> rs.getTimestamp("stored_at").toInstant(),
                query.accountId().value());
        return new CredentialStatusView(
                query.accountId(),
                !storedAt.isEmpty(),
                storedAt.stream().findFirst().orElse(null));
    }

    private static void requireSecret(String field, String value, String expectedPrefix) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid(field, "The " + label(field) + " is required");
        }
        String v = value.strip();
        if (v.length() > MAX_SECRET_LENGTH || v.chars().anyMatch(Character::isWhitespace)) {
            throw BusinessException.invalid(
                    field, "The " + label(field) + " does not look like one (no spaces, at most 2048 characters)");
        }
        if (!v.startsWith(expectedPrefix)) {
            throw BusinessException.invalid(field, "The " + label(field) + " starts with " + expectedPrefix);
        }
    }

    private static String label(String field) {
        return field.equals("clientSecret") ? "LWA client secret" : "refresh token";
    }
}
