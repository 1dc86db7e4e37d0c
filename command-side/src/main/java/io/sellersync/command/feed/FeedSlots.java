// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.feed;

import io.sellersync.messages.accounts.AccountId;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/**
 * One submission in flight per account and marketplace ({@code feed_slot}): a set-based rule no single {@code Feed}
 * can decide. Its handlers run in a subscribing processor whose errors propagate, so a claim is written in the
 * transaction that stores the {@link FeedBuiltEvent}; a second submission waits on the primary key, is refused with a
 * {@code CONFLICT} on {@code marketplaceId} and its {@code BuildFeedCommand} rolls back. The slot is freed when Amazon's
 * report is applied ({@link FeedProcessedEvent}) or the feed fails ({@link FeedFailedEvent}). Dry runs take no slot.
 * Plain JDBC on a transaction-aware {@link DataSource}; never reset or replayed.
 */
@ProcessingGroup(FeedSlots.GROUP)
public class FeedSlots {

    public static final String GROUP = "feed-slots";

    private final DataSource dataSource;

    /** {@code dataSource} must join the current transaction (e.g. Spring's {@code TransactionAwareDataSourceProxy}). */
    public FeedSlots(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The submission in flight for the account and marketplace, if any. */
    public Optional<FeedId> holder(AccountId accountId, MarketplaceId marketplaceId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select feed_id from feed_slot where account_id = ? and marketplace_id = ?")) {
            select.setString(1, accountId.value());
            select.setString(2, marketplaceId.value());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new FeedId(row.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the feed slots", e);
        }
    }

    @EventHandler
    void on(FeedBuiltEvent event) {
        if (event.kind() != FeedKind.SUBMISSION) {
            return;
        }
        int written = update(
                "insert into feed_slot (account_id, marketplace_id, feed_id) values (?, ?, ?)"
                        + " on conflict (account_id, marketplace_id) do update set feed_id = excluded.feed_id"
                        + " where feed_slot.feed_id = excluded.feed_id",
                event.accountId().value(),
                event.marketplaceId().value(),
                event.feedId().value());
        if (written == 0) {
            String holder = holder(event.accountId(), event.marketplaceId())
                    .map(FeedEvent::shortId)
                    .orElse("?");
            throw new BusinessException(
                    ErrorCode.CONFLICT,
                    "marketplaceId",
                    "A feed for Amazon %s is still in flight (feed %s); wait for it to finish"
                            .formatted(Marketplaces.countryCode(event.marketplaceId()), holder));
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

    private void release(FeedId feedId) {
        update("delete from feed_slot where feed_id = ?", feedId.value());
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
