// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.inventory;

import io.sellersync.messages.inventory.InventoryItemCreatedEvent;
import io.sellersync.messages.inventory.InventoryItemDetailsChangedEvent;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/**
 * The local-SKU lookup table ({@code inventory_local_sku}), the one piece of storage the command side owns (the
 * set-based validation of CONVENTIONS §12). Its event handlers run in a subscribing processor, so each claim is
 * written in the transaction that stores the event: the next command sees it at once, and a concurrent claim of the
 * same SKU waits on the primary key and is refused, rolling its command back. Plain JDBC on a transaction-aware
 * {@link DataSource}, so this module needs neither JPA nor Spring.
 */
@ProcessingGroup(LocalSkuTable.GROUP)
public class LocalSkuTable implements LocalSkus {

    public static final String GROUP = "inventory-local-skus";

    private final DataSource dataSource;

    /** {@code dataSource} must join the current transaction (e.g. Spring's {@code TransactionAwareDataSourceProxy}). */
    public LocalSkuTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<InventoryItemId> ownerOf(String localSku) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select item_id from inventory_local_sku where local_sku = ?")) {
            select.setString(1, localSku);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new InventoryItemId(row.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the local SKU lookup table", e);
        }
    }

    @EventHandler
    void on(InventoryItemCreatedEvent event) {
        claim(event.localSku(), event.itemId());
    }

    @EventHandler
    void on(InventoryItemDetailsChangedEvent event) {
        if (event.changes(InventoryItemDetailsChangedEvent.LOCAL_SKU)) {
            release(event.itemId());
            claim(event.localSku(), event.itemId());
        }
    }

    private void claim(String localSku, InventoryItemId itemId) {
        int written = update(
                "insert into inventory_local_sku (local_sku, item_id) values (?, ?) on conflict (local_sku) do update"
                        + " set item_id = excluded.item_id where inventory_local_sku.item_id = excluded.item_id",
                localSku,
                itemId.value());
        if (written == 0) {
            throw new BusinessException(
                    ErrorCode.CONFLICT, "localSku", "Local SKU " + localSku + " is already used by another item");
        }
    }

    private void release(InventoryItemId itemId) {
        update("delete from inventory_local_sku where item_id = ?", itemId.value());
    }

    private int update(String sql, String... values) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the local SKU lookup table", e);
        }
    }
}
