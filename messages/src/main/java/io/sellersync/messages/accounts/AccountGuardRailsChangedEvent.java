// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

/** The account's price guard rails changed. */
public record AccountGuardRailsChangedEvent(AccountId accountId, GuardRails guardRails) implements AccountEvent {

    @Override
    public String describe() {
        return "Account %s guard rails: floor %s, ceiling %s, confirm changes above %s %%"
                .formatted(
                        accountId,
                        guardRails.floor() == null ? "none" : guardRails.floor().toPlainString(),
                        guardRails.ceiling() == null
                                ? "none"
                                : guardRails.ceiling().toPlainString(),
                        guardRails.maxChangePercent().toPlainString());
    }
}
