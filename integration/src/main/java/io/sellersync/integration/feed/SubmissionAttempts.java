// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.shared.MarketplaceId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code feed_submission_attempt} table: a row is written and committed in its own transaction before
 * {@code createFeed} is sent, so a redelivered event (after a crash) sees that a call may have gone out and looks the
 * feed up instead of creating a second one. Amazon feed ids answered or adopted are kept here, unique per account, so
 * two of our feeds never claim the same Amazon feed.
 */
class SubmissionAttempts {

    /** One attempt: when it was made, and the Amazon feed it led to (null while unknown). */
    record Attempt(
            FeedId feedId,
            AccountId accountId,
            MarketplaceId marketplaceId,
            String feedDocumentId,
            Instant attemptedAt,
            String amazonFeedId,
            boolean recovered,
            String outcome) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SubmissionAttempts(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    Optional<Attempt> find(FeedId feedId) {
        return ownTransaction.execute(status -> jdbc
                .query(
                        "select feed_id, account_id, marketplace_id, feed_document_id, attempted_at, amazon_feed_id,"
                                + " recovered, outcome from feed_submission_attempt where feed_id = ?",
                        (rs, n) -> new Attempt(
                                new FeedId(rs.getString(1)),
                                new AccountId(rs.getString(2)),
                                new MarketplaceId(rs.getString(3)),
                                rs.getString(4),
                                rs.getTimestamp(5).toInstant(),
                                rs.getString(6),
                                rs.getBoolean(7),
                                rs.getString(8)),
                        feedId.value())
                .stream()
                .findFirst());
    }

    /**
     * Writes the attempt row and commits it before anything else happens; answers false (writing nothing) when a
     * row for the feed already exists, i.e. a {@code createFeed} may already have been sent.
     */
    boolean begin(FeedId feedId, AccountId accountId, MarketplaceId marketplaceId, String feedDocumentId, Instant at) {
        Integer inserted = ownTransaction.execute(status -> jdbc.update(
                "insert into feed_submission_attempt (feed_id, account_id, marketplace_id, feed_document_id,"
                        + " attempted_at, updated_at) values (?, ?, ?, ?, ?, ?) on conflict (feed_id) do nothing",
                feedId.value(),
                accountId.value(),
                marketplaceId.value(),
                feedDocumentId,
                Timestamp.from(at),
                Timestamp.from(clock.instant())));
        return inserted != null && inserted == 1;
    }

    /**
     * Records the Amazon feed this feed is (answered, or adopted when {@code recovered}); false when another of our
     * feeds already holds it, so the caller must not adopt it.
     */
    boolean claim(FeedId feedId, String amazonFeedId, boolean recovered) {
        try {
            Integer updated = ownTransaction.execute(status -> jdbc.update(
                    "update feed_submission_attempt set amazon_feed_id = ?, recovered = ?, outcome = 'SUBMITTED',"
                            + " updated_at = ? where feed_id = ? and (amazon_feed_id is null or amazon_feed_id = ?)",
                    amazonFeedId,
                    recovered,
                    Timestamp.from(clock.instant()),
                    feedId.value(),
                    amazonFeedId));
            return updated != null && updated == 1;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    /** Notes how an attempt ended without an Amazon feed (for the operator; the row stays). */
    void outcome(FeedId feedId, String outcome) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "update feed_submission_attempt set outcome = ?, updated_at = ? where feed_id = ?",
                outcome,
                Timestamp.from(clock.instant()),
                feedId.value()));
    }

    /** The Amazon feed ids of the account already answered for or adopted by feeds other than {@code feedId}. */
    Set<String> claimedByOthers(AccountId accountId, FeedId feedId) {
        List<String> ids = ownTransaction.execute(status -> jdbc.queryForList(
                "select amazon_feed_id from feed_submission_attempt where account_id = ? and feed_id <> ?"
                        + " and amazon_feed_id is not null",
                String.class,
                accountId.value(),
                feedId.value()));
        return ids == null ? Set.of() : new HashSet<>(ids);
    }
}
