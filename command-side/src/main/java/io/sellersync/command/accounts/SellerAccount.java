// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.accounts;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.sellersync.messages.accounts.AccountCredentialsUpdatedEvent;
import io.sellersync.messages.accounts.AccountGuardRailsChangedEvent;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountMarketplacesChangedEvent;
import io.sellersync.messages.accounts.AccountNeedsReauthorizationEvent;
import io.sellersync.messages.accounts.AccountReauthorizedEvent;
import io.sellersync.messages.accounts.ChangeAccountGuardRailsCommand;
import io.sellersync.messages.accounts.ChangeAccountMarketplacesCommand;
import io.sellersync.messages.accounts.ConnectSellerAccountCommand;
import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.accounts.MarkAccountNeedsReauthorizationCommand;
import io.sellersync.messages.accounts.RemoveSellerAccountCommand;
import io.sellersync.messages.accounts.SellerAccountConnectedEvent;
import io.sellersync.messages.accounts.SellerAccountRemovedEvent;
import io.sellersync.messages.accounts.UpdateAccountCredentialsCommand;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Region;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One Amazon selling-partner authorization. It guards the account's shape (region, marketplaces in that region);
 * its secrets never reach it — they live in the credentials vault.
 */
class SellerAccount {

    @AggregateIdentifier
    private AccountId accountId;

    private String name;
    private Region region;
    private List<MarketplaceId> marketplaces;
    private String lwaClientId;
    private LocalDate clientSecretExpiresOn;
    private String needsReauthorization;
    private boolean removed;
    private GuardRails guardRails = GuardRails.DEFAULT;

    SellerAccount() {}

    @CommandHandler
    SellerAccount(ConnectSellerAccountCommand command) {
        AccountRules.requireName(command.name());
        AccountRules.requireSellingPartnerId(command.sellingPartnerId());
        AccountRules.requireRegion(command.region());
        AccountRules.requireMarketplaces(command.region(), command.marketplaces());
        AccountRules.requireLwaClientId(command.lwaClientId());
        AccountRules.requireEndpoints(command.endpoints());
        apply(new SellerAccountConnectedEvent(
                command.accountId(),
                command.name().strip(),
                command.sellingPartnerId().strip(),
                command.region(),
                command.marketplaces(),
                command.lwaClientId().strip(),
                command.clientSecretExpiresOn(),
                command.endpoints()));
    }

    @CommandHandler
    void handle(ChangeAccountMarketplacesCommand command) {
        requireActive();
        AccountRules.requireMarketplaces(region, command.marketplaces());
        if (!marketplaces.equals(command.marketplaces())) {
            apply(new AccountMarketplacesChangedEvent(accountId, command.marketplaces()));
        }
    }

    @CommandHandler
    void handle(ChangeAccountGuardRailsCommand command) {
        requireActive();
        GuardRails rails = AccountRules.requireGuardRails(command.guardRails());
        if (!rails.equals(guardRails)) {
            apply(new AccountGuardRailsChangedEvent(accountId, rails));
        }
    }

    @CommandHandler
    void handle(UpdateAccountCredentialsCommand command) {
        requireActive();
        AccountRules.requireLwaClientId(command.lwaClientId());
        apply(new AccountCredentialsUpdatedEvent(
                accountId, command.lwaClientId().strip(), command.clientSecretExpiresOn()));
        if (needsReauthorization != null) {
            apply(new AccountReauthorizedEvent(accountId));
        }
    }

    @CommandHandler
    void handle(MarkAccountNeedsReauthorizationCommand command) {
        requireActive();
        if (!Objects.equals(needsReauthorization, command.reason())) {
            apply(new AccountNeedsReauthorizationEvent(accountId, command.reason()));
        }
    }

    @CommandHandler
    void handle(RemoveSellerAccountCommand command) {
        requireActive();
        apply(new SellerAccountRemovedEvent(accountId, name));
    }

    @EventSourcingHandler
    void on(SellerAccountConnectedEvent event) {
        accountId = event.accountId();
        name = event.name();
        region = event.region();
        marketplaces = event.marketplaces();
        lwaClientId = event.lwaClientId();
        clientSecretExpiresOn = event.clientSecretExpiresOn();
    }

    @EventSourcingHandler
    void on(AccountMarketplacesChangedEvent event) {
        marketplaces = event.marketplaces();
    }

    @EventSourcingHandler
    void on(AccountGuardRailsChangedEvent event) {
        guardRails = event.guardRails();
    }

    @EventSourcingHandler
    void on(AccountCredentialsUpdatedEvent event) {
        lwaClientId = event.lwaClientId();
        clientSecretExpiresOn = event.clientSecretExpiresOn();
    }

    @EventSourcingHandler
    void on(AccountNeedsReauthorizationEvent event) {
        needsReauthorization = event.reason();
    }

    @EventSourcingHandler
    void on(AccountReauthorizedEvent event) {
        needsReauthorization = null;
    }

    @EventSourcingHandler
    void on(SellerAccountRemovedEvent event) {
        removed = true;
    }

    private void requireActive() {
        if (removed) {
            throw new BusinessException(ErrorCode.NOT_FOUND, "accountId", "Account " + accountId + " was removed");
        }
    }

    @Override
    public String toString() {
        return "SellerAccount[" + accountId + ", " + name + ", " + region + ", client "
                + Objects.requireNonNullElse(lwaClientId, "-") + ", secret expires " + clientSecretExpiresOn + "]";
    }
}
