// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.accounts;

import io.sellersync.integration.spapi.LwaTokens;
import io.sellersync.integration.vault.CredentialsVault;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ChangeAccountMarketplacesCommand;
import io.sellersync.messages.accounts.ConnectSellerAccountCommand;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.accounts.RemoveSellerAccountCommand;
import io.sellersync.messages.accounts.SpApiEndpoints;
import io.sellersync.messages.accounts.UpdateAccountCredentialsCommand;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Region;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account actions shared by GraphQL and the pages. Secrets go to the vault and the command to the aggregate in
 * one database transaction, so a refused command leaves no secret behind and a vault failure leaves no account.
 * This is the one place outside {@code config} where {@code api} uses an integration class directly: secrets must
 * never travel in a command.
 */
@Service
public class AccountConnections {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CredentialsVault vault;
    private final ApplicationEventPublisher events;
    private final LwaTokens lwa;

    AccountConnections(
            CommandGateway commands,
            QueryGateway queries,
            CredentialsVault vault,
            ApplicationEventPublisher events,
            LwaTokens lwa) {
        this.commands = commands;
        this.queries = queries;
        this.vault = vault;
        this.events = events;
        this.lwa = lwa;
    }

    /** Published after a connection to Amazon itself (not the demo emulator) commits. */
    public record RealAccountConnected(AccountId accountId) {}

    public record Connection(
            String name,
            String sellingPartnerId,
            Region region,
            List<MarketplaceId> marketplaces,
            String lwaClientId,
            String clientSecret,
            String refreshToken,
            LocalDate clientSecretExpiresOn,
            SpApiEndpoints endpoints) {

        @Override
        public String toString() {
            return "Connection[" + name + ", " + sellingPartnerId + ", " + region + "]";
        }
    }

    @Transactional
    public AccountId connect(Connection connection) {
        requireNotConnected(connection);
        AccountId id = AccountId.random();
        vault.store(id, connection.clientSecret(), connection.refreshToken());
        commands.sendAndWait(new ConnectSellerAccountCommand(
                id,
                connection.name(),
                connection.sellingPartnerId(),
                connection.region(),
                connection.marketplaces(),
                connection.lwaClientId(),
                connection.clientSecretExpiresOn(),
                connection.endpoints()));
        if (connection.endpoints() == null) {
            events.publishEvent(new RealAccountConnected(id));
        }
        return id;
    }

    @Transactional
    public void changeMarketplaces(AccountId id, List<MarketplaceId> marketplaces) {
        commands.sendAndWait(new ChangeAccountMarketplacesCommand(id, marketplaces));
    }

    @Transactional
    public void replaceCredentials(
            AccountId id, String lwaClientId, String clientSecret, String refreshToken, LocalDate expiresOn) {
        vault.store(id, clientSecret, refreshToken);
        commands.sendAndWait(new UpdateAccountCredentialsCommand(id, lwaClientId, expiresOn));
        lwa.forget(id.value());
    }

    /**
     * Secrets go first: with the JPA event store both writes share this transaction; with Axon Server the event
     * commits elsewhere, and a failed command still rolls the deletion back, while a crash after the event can no
     * longer leave a removed account's secrets behind.
     */
    @Transactional
    public void remove(AccountId id) {
        vault.delete(id);
        commands.sendAndWait(new RemoveSellerAccountCommand(id));
    }

    private void requireNotConnected(Connection connection) {
        if (connection.sellingPartnerId() == null || connection.region() == null) {
            return;
        }
        List<AccountView> existing = queries.query(
                        new ListAccountsQuery(), ResponseTypes.multipleInstancesOf(AccountView.class))
                .join();
        boolean duplicate = existing.stream()
                .anyMatch(a -> a.region() == connection.region()
                        && a.sellingPartnerId()
                                .equals(connection.sellingPartnerId().strip()));
        if (duplicate) {
            throw new BusinessException(
                    ErrorCode.CONFLICT,
                    "sellingPartnerId",
                    "Seller " + connection.sellingPartnerId().strip() + " is already connected in region "
                            + connection.region());
        }
    }
}
