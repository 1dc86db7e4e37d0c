// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Amazon refused the account's credentials (LWA {@code invalid_grant} or {@code invalid_client}); {@code reason} says so in words. */
public record MarkAccountNeedsReauthorizationCommand(
        @TargetAggregateIdentifier AccountId accountId, String reason) {}
