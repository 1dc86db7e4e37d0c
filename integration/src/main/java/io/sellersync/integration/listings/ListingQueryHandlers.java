// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiAccounts;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.listings.ListingRequest;
import io.sellersync.messages.listings.ListingResolution;
import io.sellersync.messages.listings.ListingResolutions;
import io.sellersync.messages.listings.ResolveListingsQuery;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.Marketplaces;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers {@link ResolveListingsQuery}: checks the account and marketplace, then lets {@link ListingResolver} work
 * out each pair. Whatever stands in the way (unknown account, marketplace not enabled, missing credentials, refused
 * authorization) comes back as a failure in words on every request, never as an exception.
 */
@Component
class ListingQueryHandlers {

    private final SpApiAccounts accounts;
    private final ListingResolver resolver;

    ListingQueryHandlers(SpApiAccounts accounts, ListingResolver resolver) {
        this.accounts = accounts;
        this.resolver = resolver;
    }

    @QueryHandler
    ListingResolutions handle(ResolveListingsQuery query) {
        AccountView view;
        SpApiAccount account;
        try {
            view = accounts.view(query.accountId());
            if (!view.marketplaces().contains(query.marketplaceId())) {
                return failed(
                        query.requests(),
                        "The marketplace " + Marketplaces.countryCode(query.marketplaceId())
                                + " is not enabled for the account " + view.name());
            }
            if (view.needsReauthorization() != null) {
                return failed(
                        query.requests(),
                        "The account " + view.name() + " needs re-authorization: " + view.needsReauthorization());
            }
            account = accounts.forAccount(view);
        } catch (BusinessException refused) {
            return failed(query.requests(), refused.getMessage());
        }
        return new ListingResolutions(resolver.resolve(
                query.accountId(),
                account,
                query.marketplaceId(),
                query.requests(),
                failure -> accounts.reportIfUnauthorized(query.accountId(), failure)));
    }

    private static ListingResolutions failed(List<ListingRequest> requests, String reason) {
        return new ListingResolutions(requests.stream()
                .map(r -> new ListingResolution(r.asin(), r.condition(), null, false, null, null, null, reason))
                .toList());
    }
}
