// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

public record AccountReauthorizedEvent(AccountId accountId) implements AccountEvent {

    @Override
    public String describe() {
        return "Account " + accountId + " has working credentials again; its syncs resume";
    }
}
