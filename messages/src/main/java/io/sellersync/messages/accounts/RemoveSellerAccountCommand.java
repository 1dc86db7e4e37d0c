// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveSellerAccountCommand(
        @TargetAggregateIdentifier AccountId accountId) {}
