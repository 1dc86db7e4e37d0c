// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.security;

import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people who may sign in. The first one is created on the set-up page and is the administrator. */
@Service
public class UserAccounts implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final AtomicBoolean setUp = new AtomicBoolean();

    UserAccounts(JdbcTemplate jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** True once an administrator exists; cached, since it never becomes false again. */
    public boolean isSetUp() {
        if (!setUp.get()) {
            Integer count = jdbc.queryForObject("select count(*) from app_user", Integer.class);
            setUp.set(count != null && count > 0);
        }
        return setUp.get();
    }

    @Transactional
    public void createAdministrator(String username, String password, String confirmation) {
        String name = username == null ? "" : username.strip();
        if (!name.matches("[A-Za-z0-9._@-]{3,100}")) {
            throw BusinessException.invalid(
                    "username", "The user name is 3 to 100 letters, digits, dots, dashes, underscores or @");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw BusinessException.invalid(
                    "password", "The password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (!password.equals(confirmation)) {
            throw BusinessException.invalid("confirmation", "The two passwords differ");
        }
        jdbc.execute("lock table app_user in exclusive mode");
        if (isSetUp()) {
            throw new BusinessException(ErrorCode.CONFLICT, "username", "sellersync is already set up; sign in");
        }
        jdbc.update(
                "insert into app_user (username, password_hash, role, created_at) values (?, ?, 'ADMIN', ?)",
                name,
                passwords.encode(password),
                Timestamp.from(Instant.now(clock)));
        setUp.set(true);
    }

    /** Whether a user of that name exists (case-insensitive). */
    public boolean exists(String username) {
        Integer count = jdbc.queryForObject(
                "select count(*) from app_user where lower(username) = lower(?)", Integer.class, username);
        return count != null && count > 0;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        List<UserDetails> users = jdbc.query(
                "select username, password_hash, role from app_user where username = ?",
                (rs, n) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .roles(rs.getString("role"))
                        .build(),
                username);
        return users.stream().findFirst().orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
