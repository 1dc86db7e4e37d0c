// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

public record FindAccountQuery(AccountId accountId) {}
