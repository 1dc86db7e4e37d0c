// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import io.sellersync.integration.spapi.api.ListingsApi;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ConnectionTestView;
import io.sellersync.messages.accounts.TestAccountConnectionQuery;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * "Test connection": exchanges the refresh token for an access token, then reads one listing, and explains a
 * failure in plain words. An LWA refusal marks the account as needing re-authorization.
 */
@Component
class ConnectionTester {

    private final SpApiAccounts accounts;
    private final SpApiClients clients;
    private final LwaTokens lwa;

    ConnectionTester(SpApiAccounts accounts, SpApiClients clients, LwaTokens lwa) {
        this.accounts = accounts;
        this.clients = clients;
        this.lwa = lwa;
    }

    @QueryHandler
    ConnectionTestView handle(TestAccountConnectionQuery query) {
        AccountView view = accounts.view(query.accountId());
        SpApiAccount account = accounts.forAccount(view);
        List<String> steps = new ArrayList<>();
        try {
            lwa.forget(account.accountId());
            lwa.accessToken(account);
            steps.add("Login with Amazon accepted the refresh token and client credentials");
            var page = clients.client(ListingsApi.class, account)
                    .searchListingsItems(
                            view.sellingPartnerId(),
                            List.of(view.marketplaces().get(0).value()),
                            List.of("summaries"),
                            null,
                            null,
                            1,
                            null);
            steps.add("Listings Items answered for seller " + view.sellingPartnerId() + " (" + page.getNumberOfResults()
                    + " listings in the first marketplace)");
            return new ConnectionTestView(query.accountId(), true, steps, null);
        } catch (SpApiException failure) {
            accounts.reportIfUnauthorized(query.accountId(), failure);
            return new ConnectionTestView(query.accountId(), false, steps, explain(failure));
        }
    }

    static String explain(SpApiException failure) {
        if (failure instanceof SpApiException.Unauthorized refused) {
            return refused.errors().isEmpty()
                    ? "Amazon refused access (HTTP " + refused.status() + "): check the app's roles and the seller id"
                    : refused.errors().get(0).message();
        }
        if (failure instanceof SpApiException.ConnectionFailed) {
            return "Amazon could not be reached: " + failure.getMessage();
        }
        if (failure instanceof SpApiException.Throttled) {
            return "Amazon is throttling this account right now; try again in a minute";
        }
        return "Amazon answered with an error: " + failure.getMessage();
    }
}
