// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiAccounts;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.listings.ListPriceDriftQuery;
import io.sellersync.messages.listings.ListingCacheStatusQuery;
import io.sellersync.messages.listings.ListingCacheStatusView;
import io.sellersync.messages.listings.ListingRequest;
import io.sellersync.messages.listings.ListingResolution;
import io.sellersync.messages.listings.ListingResolutions;
import io.sellersync.messages.listings.PriceDriftReport;
import io.sellersync.messages.listings.ResolveListingsQuery;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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
    private final ListingCache cache;
    private final PriceDriftCheck drift;
    private final QueryGateway queries;

    ListingQueryHandlers(
            SpApiAccounts accounts,
            ListingResolver resolver,
            ListingCache cache,
            PriceDriftCheck drift,
            QueryGateway queries) {
        this.accounts = accounts;
        this.resolver = resolver;
        this.cache = cache;
        this.drift = drift;
        this.queries = queries;
    }

    /** One row per account and enabled marketplace, {@code NEVER} where nothing was imported yet. */
    @QueryHandler
    List<ListingCacheStatusView> handle(ListingCacheStatusQuery query) {
        Map<String, ListingCache.ImportStatus> statuses = new HashMap<>();
        for (ListingCache.ImportStatus status : cache.statuses()) {
            statuses.put(
                    status.accountId().value() + "|" + status.marketplaceId().value(), status);
        }
        List<ListingCacheStatusView> views = new ArrayList<>();
        List<AccountView> all = queries.query(
                        new ListAccountsQuery(), ResponseTypes.multipleInstancesOf(AccountView.class))
                .join();
        for (AccountView account : all) {
            for (MarketplaceId marketplace : account.marketplaces()) {
                ListingCache.ImportStatus status =
                        statuses.get(account.accountId().value() + "|" + marketplace.value());
                views.add(
                        status == null
                                ? new ListingCacheStatusView(
                                        account.accountId(), account.name(), marketplace, 0, null, "NEVER", null, null)
                                : new ListingCacheStatusView(
                                        account.accountId(),
                                        account.name(),
                                        marketplace,
                                        cache.count(account.accountId(), marketplace),
                                        status.lastImportAt(),
                                        status.state(),
                                        status.lastError(),
                                        status.updatedAt()));
            }
        }
        return views;
    }

    @QueryHandler
    PriceDriftReport handle(ListPriceDriftQuery query) {
        return new PriceDriftReport(drift.drifts(query.accountId()), drift.checks(query.accountId()));
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
