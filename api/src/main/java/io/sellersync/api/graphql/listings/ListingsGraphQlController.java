// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql.listings;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.listings.ImportListingReportCommand;
import io.sellersync.messages.listings.ListPriceDriftQuery;
import io.sellersync.messages.listings.ListingCacheStatusQuery;
import io.sellersync.messages.listings.ListingCacheStatusView;
import io.sellersync.messages.listings.ListingRequest;
import io.sellersync.messages.listings.ListingResolution;
import io.sellersync.messages.listings.ListingResolutions;
import io.sellersync.messages.listings.PriceDriftReport;
import io.sellersync.messages.listings.PriceDriftView;
import io.sellersync.messages.listings.ResolveListingsQuery;
import io.sellersync.messages.listings.RunPriceDriftCheckCommand;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for the listing cache, the price drift check and SKU resolution, through Axon's gateways only. */
@Controller
class ListingsGraphQlController {

    private final QueryGateway queries;
    private final CommandGateway commands;

    ListingsGraphQlController(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    /** One requested line of {@code resolveListings}. */
    record ListingRequestInput(String asin, String condition) {}

    @QueryMapping
    CompletableFuture<List<ListingCacheStatusView>> listingCache() {
        return queries.query(
                new ListingCacheStatusQuery(), ResponseTypes.multipleInstancesOf(ListingCacheStatusView.class));
    }

    @QueryMapping
    CompletableFuture<PriceDriftReport> priceDrift(@Argument String accountId) {
        return queries.query(
                new ListPriceDriftQuery(accountId == null ? null : new AccountId(accountId)),
                ResponseTypes.instanceOf(PriceDriftReport.class));
    }

    @MutationMapping
    boolean importListingReport(@Argument String accountId, @Argument String marketplaceId) {
        commands.sendAndWait(
                new ImportListingReportCommand(new AccountId(accountId), new MarketplaceId(marketplaceId)));
        return true;
    }

    @MutationMapping
    boolean runDriftCheck(@Argument String accountId) {
        commands.sendAndWait(new RunPriceDriftCheckCommand(accountId == null ? null : new AccountId(accountId)));
        return true;
    }

    @MutationMapping
    CompletableFuture<List<ListingResolution>> resolveListings(
            @Argument String accountId, @Argument String marketplaceId, @Argument List<ListingRequestInput> items) {
        if (items.isEmpty() || items.size() > 500) {
            throw BusinessException.invalid("items", "Give between 1 and 500 items");
        }
        List<ListingRequest> requests = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ListingRequestInput item = items.get(i);
            String field = "items[" + i + "].condition";
            ItemCondition condition = ItemCondition.parse(item.condition())
                    .orElseThrow(() -> BusinessException.invalid(
                            field, "'" + item.condition() + "' is not one of Amazon's condition_type values"));
            requests.add(new ListingRequest(item.asin(), condition));
        }
        return queries.query(
                        new ResolveListingsQuery(new AccountId(accountId), new MarketplaceId(marketplaceId), requests),
                        ResponseTypes.instanceOf(ListingResolutions.class))
                .thenApply(ListingResolutions::results);
    }

    @SchemaMapping(typeName = "ListingCacheStatus", field = "countryCode")
    String countryCode(ListingCacheStatusView status) {
        return Marketplaces.countryCode(status.marketplaceId());
    }

    @SchemaMapping(typeName = "PriceDriftEntry", field = "countryCode")
    String countryCode(PriceDriftView drift) {
        return Marketplaces.countryCode(drift.marketplaceId());
    }
}
