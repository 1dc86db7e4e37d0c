// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql.feeds;

import io.sellersync.api.feeds.FeedService;
import io.sellersync.api.feeds.FeedStarted;
import io.sellersync.api.feeds.RunStarted;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.FeedPlan;
import io.sellersync.messages.feed.FeedView;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.twophase.FindSyncRunQuery;
import io.sellersync.messages.twophase.ListSyncRunSkusQuery;
import io.sellersync.messages.twophase.ListSyncRunsQuery;
import io.sellersync.messages.twophase.RunSkuState;
import io.sellersync.messages.twophase.SyncMode;
import io.sellersync.messages.twophase.SyncRunId;
import io.sellersync.messages.twophase.SyncRunPage;
import io.sellersync.messages.twophase.SyncRunSkuPage;
import io.sellersync.messages.twophase.SyncRunView;
import io.sellersync.messages.twophase.TwoPhasePlan;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** GraphQL for pushing the queue in one or two phases, and for following two-phase runs. */
@Controller
class SyncRunGraphQlController {

    /** What {@code pushQueue} started: one feed, or a run and its price feed. */
    record PushStarted(
            SyncMode mode, String runId, String feedId, int skus, List<FeedPlan.Skipped> skipped, int deferredSkus) {}

    private final QueryGateway queries;
    private final FeedService feeds;
    private final Clock clock;

    SyncRunGraphQlController(QueryGateway queries, FeedService feeds, Clock clock) {
        this.queries = queries;
        this.feeds = feeds;
        this.clock = clock;
    }

    @QueryMapping
    CompletableFuture<SyncRunPage> syncRuns(
            @Argument String accountId,
            @Argument String marketplaceId,
            @Argument Boolean inFlightOnly,
            @Argument Integer page,
            @Argument Integer size) {
        return queries.query(
                new ListSyncRunsQuery(
                        account(accountId),
                        marketplace(marketplaceId),
                        Boolean.TRUE.equals(inFlightOnly),
                        page(page),
                        size(size, 50)),
                ResponseTypes.instanceOf(SyncRunPage.class));
    }

    @QueryMapping
    CompletableFuture<SyncRunView> syncRun(@Argument String id) {
        return queries.query(new FindSyncRunQuery(runId(id)), ResponseTypes.instanceOf(SyncRunView.class));
    }

    @QueryMapping
    CompletableFuture<SyncRunSkuPage> syncRunSkus(
            @Argument String id, @Argument RunSkuState state, @Argument Integer page, @Argument Integer size) {
        return queries.query(
                new ListSyncRunSkusQuery(runId(id), state, page(page), size(size, 100)),
                ResponseTypes.instanceOf(SyncRunSkuPage.class));
    }

    @MutationMapping
    PushStarted pushQueue(
            @Argument String accountId,
            @Argument String marketplaceId,
            @Argument SyncMode mode,
            @Argument Boolean confirm) {
        AccountId account = account(accountId);
        MarketplaceId marketplace = marketplace(marketplaceId);
        boolean confirmed = Boolean.TRUE.equals(confirm);
        SyncMode chosen = mode != null ? mode : TwoPhasePlan.suggestedMode(feeds.plan(account, marketplace));
        if (chosen == SyncMode.TWO_PHASE) {
            RunStarted run = feeds.startTwoPhase(account, marketplace, confirmed, null, SyncRunId.random());
            return new PushStarted(
                    chosen,
                    run.runId().value(),
                    run.priceFeedId().value(),
                    run.skus(),
                    run.skipped(),
                    run.deferredSkus());
        }
        FeedStarted feed = feeds.submit(account, marketplace, confirmed);
        return new PushStarted(
                chosen, null, feed.feedId().value(), feed.messages(), feed.skipped(), feed.deferredSkus());
    }

    @SubscriptionMapping
    Flux<SyncRunView> syncRunUpdates(@Argument String id) {
        SubscriptionQueryResult<SyncRunView, SyncRunView> result = queries.subscriptionQuery(
                new FindSyncRunQuery(runId(id)),
                ResponseTypes.instanceOf(SyncRunView.class),
                ResponseTypes.instanceOf(SyncRunView.class));
        return result.initialResult().concatWith(result.updates()).doFinally(signal -> result.close());
    }

    @SchemaMapping(typeName = "FeedPlan", field = "suggestedMode")
    SyncMode suggestedMode(FeedPlan plan) {
        return TwoPhasePlan.suggestedMode(plan);
    }

    @SchemaMapping(typeName = "FeedPlan", field = "suggestedModeReason")
    String suggestedModeReason(FeedPlan plan) {
        return TwoPhasePlan.reason(plan);
    }

    @SchemaMapping(typeName = "Feed", field = "runId")
    String feedRunId(FeedView feed) {
        return feed.runId() == null ? null : feed.runId().value();
    }

    @SchemaMapping(typeName = "SyncRunPage", field = "total")
    int total(SyncRunPage page) {
        return (int) Math.min(Integer.MAX_VALUE, page.total());
    }

    @SchemaMapping(typeName = "SyncRunSkuPage", field = "total")
    int total(SyncRunSkuPage page) {
        return (int) Math.min(Integer.MAX_VALUE, page.total());
    }

    @SchemaMapping(typeName = "SyncRun", field = "id")
    String id(SyncRunView run) {
        return run.runId().value();
    }

    @SchemaMapping(typeName = "SyncRun", field = "accountId")
    String accountId(SyncRunView run) {
        return run.accountId().value();
    }

    @SchemaMapping(typeName = "SyncRun", field = "marketplaceId")
    String marketplaceId(SyncRunView run) {
        return run.marketplaceId().value();
    }

    @SchemaMapping(typeName = "SyncRun", field = "priceFeedId")
    String priceFeedId(SyncRunView run) {
        return run.priceFeedId().value();
    }

    @SchemaMapping(typeName = "SyncRun", field = "quantityFeedId")
    String quantityFeedId(SyncRunView run) {
        return run.quantityFeedId() == null ? null : run.quantityFeedId().value();
    }

    @SchemaMapping(typeName = "SyncRun", field = "elapsedSeconds")
    int elapsedSeconds(SyncRunView run) {
        return (int) Math.min(Integer.MAX_VALUE, run.elapsed(clock.instant()).toSeconds());
    }

    private static int page(Integer page) {
        int p = page == null ? 0 : page;
        if (p < 0) {
            throw BusinessException.invalid("page", "page starts at 0");
        }
        return p;
    }

    private static int size(Integer size, int otherwise) {
        int s = size == null ? otherwise : size;
        if (s < 1 || s > FeedGraphQlController.MAX_PAGE_SIZE) {
            throw BusinessException.invalid(
                    "size", "size must be between 1 and " + FeedGraphQlController.MAX_PAGE_SIZE);
        }
        return s;
    }

    private static SyncRunId runId(String id) {
        if (id == null || id.isBlank()) {
            throw BusinessException.invalid("id", "A run id is required");
        }
        return new SyncRunId(id.strip());
    }

    private static AccountId account(String id) {
        return id == null || id.isBlank() ? null : new AccountId(id.strip());
    }

    private static MarketplaceId marketplace(String id) {
        return id == null || id.isBlank() ? null : new MarketplaceId(id.strip());
    }
}
