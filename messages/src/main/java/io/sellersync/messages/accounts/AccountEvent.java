// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

import io.sellersync.messages.shared.AuditedEvent;

/** Every event of the {@code SellerAccount} aggregate; {@link #accountId()} drives sequencing and projections. */
public sealed interface AccountEvent extends AuditedEvent
        permits SellerAccountConnectedEvent,
                AccountMarketplacesChangedEvent,
                AccountCredentialsUpdatedEvent,
                AccountNeedsReauthorizationEvent,
                AccountReauthorizedEvent,
                SellerAccountRemovedEvent,
                AccountGuardRailsChangedEvent {

    AccountId accountId();
}
