// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the account's price guard rails (Settings → Sync). */
public record ChangeAccountGuardRailsCommand(
        @TargetAggregateIdentifier AccountId accountId, GuardRails guardRails) {}
