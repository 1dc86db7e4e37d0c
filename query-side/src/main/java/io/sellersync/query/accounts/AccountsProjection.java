// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.accounts;

import io.sellersync.messages.accounts.AccountCredentialsUpdatedEvent;
import io.sellersync.messages.accounts.AccountGuardRailsChangedEvent;
import io.sellersync.messages.accounts.AccountMarketplacesChangedEvent;
import io.sellersync.messages.accounts.AccountNeedsReauthorizationEvent;
import io.sellersync.messages.accounts.AccountReauthorizedEvent;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.FindAccountQuery;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.accounts.SellerAccountConnectedEvent;
import io.sellersync.messages.accounts.SellerAccountRemovedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * The accounts read model. Upserts are keyed by account id, so a redelivered event changes nothing; a reset empties
 * the table and the replay rebuilds it. Every change pushes the new list to live subscribers.
 */
@Component
@ProcessingGroup(AccountsProjection.GROUP)
public class AccountsProjection {

    public static final String GROUP = "accounts";

    private final AccountRepository accounts;
    private final QueryUpdateEmitter emitter;

    AccountsProjection(AccountRepository accounts, QueryUpdateEmitter emitter) {
        this.accounts = accounts;
        this.emitter = emitter;
    }

    @EventHandler
    void on(SellerAccountConnectedEvent event, @Timestamp Instant at) {
        AccountEntity entity = new AccountEntity(
                event.accountId().value(),
                event.name(),
                event.sellingPartnerId(),
                event.region(),
                event.lwaClientId(),
                event.clientSecretExpiresOn(),
                at);
        entity.marketplaces(event.marketplaces(), at);
        entity.endpoints(event.endpoints());
        accounts.save(entity);
        publish();
    }

    @EventHandler
    void on(AccountMarketplacesChangedEvent event, @Timestamp Instant at) {
        accounts.findById(event.accountId().value()).ifPresent(entity -> entity.marketplaces(event.marketplaces(), at));
        publish();
    }

    @EventHandler
    void on(AccountCredentialsUpdatedEvent event, @Timestamp Instant at) {
        accounts.findById(event.accountId().value())
                .ifPresent(entity -> entity.credentials(event.lwaClientId(), event.clientSecretExpiresOn(), at));
        publish();
    }

    @EventHandler
    void on(AccountGuardRailsChangedEvent event, @Timestamp Instant at) {
        accounts.findById(event.accountId().value()).ifPresent(entity -> entity.guardRails(event.guardRails(), at));
        publish();
    }

    @EventHandler
    void on(AccountNeedsReauthorizationEvent event, @Timestamp Instant at) {
        accounts.findById(event.accountId().value())
                .ifPresent(entity -> entity.needsReauthorization(event.reason(), at));
        publish();
    }

    @EventHandler
    void on(AccountReauthorizedEvent event, @Timestamp Instant at) {
        accounts.findById(event.accountId().value()).ifPresent(entity -> entity.needsReauthorization(null, at));
        publish();
    }

    @EventHandler
    void on(SellerAccountRemovedEvent event) {
        accounts.deleteById(event.accountId().value());
        publish();
    }

    @ResetHandler
    void reset() {
        accounts.deleteAllInBatch();
    }

    @QueryHandler
    List<AccountView> handle(ListAccountsQuery query) {
        return accounts.findAllByOrderByNameAsc().stream()
                .map(AccountEntity::toView)
                .toList();
    }

    @QueryHandler
    Optional<AccountView> handle(FindAccountQuery query) {
        return accounts.findById(query.accountId().value()).map(AccountEntity::toView);
    }

    private void publish() {
        accounts.flush();
        emitter.emit(ListAccountsQuery.class, query -> true, handle(new ListAccountsQuery()));
    }
}
