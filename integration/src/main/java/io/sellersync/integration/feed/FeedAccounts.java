// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiException;
import io.sellersync.messages.accounts.AccountId;

/** The SP-API account of an account id, and where to report credentials Amazon refused. */
interface FeedAccounts {

    SpApiAccount account(AccountId id);

    /** Amazon refused the account's credentials: mark the account (no-op by default). */
    default void refused(AccountId id, SpApiException failure) {}
}
