// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

public record AccountNeedsReauthorizationEvent(AccountId accountId, String reason) implements AccountEvent {

    @Override
    public String describe() {
        return "Account " + accountId + " needs re-authorization: " + reason + "; its syncs pause until then";
    }
}
