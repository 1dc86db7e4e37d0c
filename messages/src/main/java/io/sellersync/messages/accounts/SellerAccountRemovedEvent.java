// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

public record SellerAccountRemovedEvent(AccountId accountId, String name) implements AccountEvent {

    @Override
    public String describe() {
        return "Account \"%s\" removed; its stored credentials were deleted".formatted(name);
    }
}
