// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.feed;

import io.sellersync.messages.feed.FeedBuiltEvent;
import io.sellersync.messages.feed.FeedEvent;
import io.sellersync.messages.feed.FeedFailedEvent;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedProcessedEvent;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.twophase.SyncRunId;
import io.sellersync.messages.twophase.TwoPhaseSyncCompletedEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncFailedEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncPartialEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncStartedEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/**
 * One submission in flight per account and marketplace ({@code feed_slot}): a set-based rule no single {@code Feed}
 * can decide. Its handlers run in a subscribing processor whose errors propagate, so a claim is written in the
 * transaction that stores the {@link FeedBuiltEvent} (or the {@link TwoPhaseSyncStartedEvent}); a second submission
 * waits on the primary key, is refused with a {@code CONFLICT} on {@code marketplaceId} and its command rolls back.
 * A plain submission frees the slot when Amazon's report is applied ({@link FeedProcessedEvent}) or it fails ({@link
 * FeedFailedEvent}). A two-phase run holds the slot from its start to its end, and its phase feeds take it in turn,
 * so nothing else is sent for the target between its price and its quantity phase. Dry runs take no slot. Plain JDBC
 * on a transaction-aware {@link DataSource}; never reset or replayed.
 */
@ProcessingGroup(FeedSlots.GROUP)
public class FeedSlots {

    public static final String GROUP = "feed-slots";

    private final DataSource dataSource;

    /** {@code dataSource} must join the current transaction (e.g. Spring's {@code TransactionAwareDataSourceProxy}). */
    public FeedSlots(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventHandler
    void on(FeedBuiltEvent event) {
        if (event.kind() != FeedKind.SUBMISSION) {
            return;
        }
        if (event.runId() != null) {
            int taken = update(
                    "update feed_slot set feed_id = ? where account_id = ? and marketplace_id = ? and run_id = ?",
                    event.feedId().value(),
                    event.accountId().value(),
                    event.marketplaceId().value(),
                    event.runId().value());
            if (taken == 0) {
                throw new BusinessException(
                        ErrorCode.CONFLICT,
                        "marketplaceId",
                        "Run %s does not hold the submission slot for Amazon %s"
                                .formatted(
                                        TwoPhaseSyncEvent.shortId(event.runId()),
                                        Marketplaces.countryCode(event.marketplaceId())));
            }
            return;
        }
        int written = update(
                "insert into feed_slot (account_id, marketplace_id, feed_id) values (?, ?, ?)"
                        + " on conflict (account_id, marketplace_id) do update set feed_id = excluded.feed_id"
                        + " where feed_slot.feed_id = excluded.feed_id and feed_slot.run_id is null",
                event.accountId().value(),
                event.marketplaceId().value(),
                event.feedId().value());
        if (written == 0) {
            throw busy(event.accountId().value(), event.marketplaceId());
        }
    }

    @EventHandler
    void on(FeedProcessedEvent event) {
        release(event.feedId());
    }

    @EventHandler
    void on(FeedFailedEvent event) {
        release(event.feedId());
    }

    @EventHandler
    void on(TwoPhaseSyncStartedEvent event) {
        int written = update(
                "insert into feed_slot (account_id, marketplace_id, run_id) values (?, ?, ?)"
                        + " on conflict (account_id, marketplace_id) do update set run_id = excluded.run_id"
                        + " where feed_slot.run_id = excluded.run_id",
                event.accountId().value(),
                event.marketplaceId().value(),
                event.runId().value());
        if (written == 0) {
            throw busy(event.accountId().value(), event.marketplaceId());
        }
    }

    @EventHandler
    void on(TwoPhaseSyncCompletedEvent event) {
        release(event.runId());
    }

    @EventHandler
    void on(TwoPhaseSyncPartialEvent event) {
        release(event.runId());
    }

    @EventHandler
    void on(TwoPhaseSyncFailedEvent event) {
        release(event.runId());
    }

    private void release(FeedId feedId) {
        update("delete from feed_slot where feed_id = ? and run_id is null", feedId.value());
    }

    private void release(SyncRunId runId) {
        update("delete from feed_slot where run_id = ?", runId.value());
    }

    /** The refusal naming what holds the slot: a run or a feed. */
    private BusinessException busy(String accountId, MarketplaceId marketplaceId) {
        String holder = "A feed for Amazon %s is still in flight (feed ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select feed_id, run_id from feed_slot where account_id = ? and marketplace_id = ?")) {
            select.setString(1, accountId);
            select.setString(2, marketplaceId.value());
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    holder = row.getString(2) != null
                            ? "A two-phase run for Amazon %s is still in flight (run "
                                    + TwoPhaseSyncEvent.shortId(new SyncRunId(row.getString(2))) + ")"
                            : "A feed for Amazon %s is still in flight (feed "
                                    + FeedEvent.shortId(new FeedId(row.getString(1))) + ")";
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the feed slots", e);
        }
        return new BusinessException(
                ErrorCode.CONFLICT,
                "marketplaceId",
                (holder + "; wait for it to finish").formatted(Marketplaces.countryCode(marketplaceId)));
    }

    private int update(String sql, String... values) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the feed slots", e);
        }
    }
}
