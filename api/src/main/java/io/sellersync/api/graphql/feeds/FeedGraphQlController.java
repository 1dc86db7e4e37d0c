// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql.feeds;

import io.sellersync.api.feeds.FeedService;
import io.sellersync.api.feeds.FeedStarted;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.FeedDetailView;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.FeedMessageView;
import io.sellersync.messages.feed.FeedPage;
import io.sellersync.messages.feed.FeedPlan;
import io.sellersync.messages.feed.FeedView;
import io.sellersync.messages.feed.FindFeedQuery;
import io.sellersync.messages.feed.ListFeedsQuery;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.MarketplaceId;
import java.time.Instant;
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

/** GraphQL for feeds: the plan, dry runs and submissions, cancel, the History and one feed live. */
@Controller
class FeedGraphQlController {

    /** The largest History page one request may ask for. */
    static final int MAX_PAGE_SIZE = 200;

    private final QueryGateway queries;
    private final FeedService feeds;

    FeedGraphQlController(QueryGateway queries, FeedService feeds) {
        this.queries = queries;
        this.feeds = feeds;
    }

    @QueryMapping
    FeedPlan feedPlan(@Argument String accountId, @Argument String marketplaceId) {
        return feeds.plan(account(accountId), marketplace(marketplaceId));
    }

    @QueryMapping(name = "feeds")
    CompletableFuture<FeedPage> history(
            @Argument String accountId, @Argument FeedKind kind, @Argument Integer page, @Argument Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) {
            throw BusinessException.invalid("page", "page starts at 0");
        }
        if (s < 1 || s > MAX_PAGE_SIZE) {
            throw BusinessException.invalid("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        return queries.query(
                new ListFeedsQuery(account(accountId), kind, p, s), ResponseTypes.instanceOf(FeedPage.class));
    }

    @QueryMapping
    FeedDetailView feed(@Argument String id) {
        return feeds.find(feedId(id)).orElse(null);
    }

    @MutationMapping
    FeedStarted dryRunFeed(@Argument String accountId, @Argument String marketplaceId) {
        return feeds.dryRun(account(accountId), marketplace(marketplaceId));
    }

    @MutationMapping
    FeedStarted submitFeed(@Argument String accountId, @Argument String marketplaceId, @Argument Boolean confirm) {
        return feeds.submit(account(accountId), marketplace(marketplaceId), Boolean.TRUE.equals(confirm));
    }

    @MutationMapping
    FeedView cancelFeed(@Argument String id) {
        FeedId feedId = feedId(id);
        feeds.cancel(feedId);
        return feeds.find(feedId)
                .map(FeedDetailView::feed)
                .orElseThrow(() -> new BusinessException(ErrorCode.NOT_FOUND, "id", "No feed " + id));
    }

    @SubscriptionMapping
    Flux<FeedDetailView> feedUpdates(@Argument String id) {
        SubscriptionQueryResult<FeedDetailView, FeedDetailView> result = queries.subscriptionQuery(
                new FindFeedQuery(feedId(id)),
                ResponseTypes.instanceOf(FeedDetailView.class),
                ResponseTypes.instanceOf(FeedDetailView.class));
        return result.initialResult().concatWith(result.updates()).doFinally(signal -> result.close());
    }

    // FeedPlan

    @SchemaMapping(typeName = "PlannedMessage", field = "entryIds")
    List<String> entryIds(FeedMessage message) {
        return ids(message.entries());
    }

    @SchemaMapping(typeName = "PlanSkip", field = "entryId")
    String entryId(FeedPlan.Skipped skipped) {
        return skipped.entry().value();
    }

    @SchemaMapping(typeName = "FeedStarted", field = "feedId")
    String feedId(FeedStarted started) {
        return started.feedId().value();
    }

    // History and detail

    @SchemaMapping(typeName = "FeedPage", field = "total")
    int total(FeedPage page) {
        return (int) Math.min(Integer.MAX_VALUE, page.total());
    }

    @SchemaMapping(typeName = "Feed", field = "id")
    String id(FeedView feed) {
        return feed.feedId().value();
    }

    @SchemaMapping(typeName = "Feed", field = "accountId")
    String accountId(FeedView feed) {
        return feed.accountId().value();
    }

    @SchemaMapping(typeName = "Feed", field = "marketplaceId")
    String marketplaceId(FeedView feed) {
        return feed.marketplaceId().value();
    }

    @SchemaMapping(typeName = "Feed", field = "cancellable")
    boolean cancellable(FeedView feed) {
        return feed.cancellable();
    }

    @SchemaMapping(typeName = "Feed", field = "payloadUrl")
    String payloadUrl(FeedView feed) {
        return feed.payloadDigest() == null
                ? null
                : "/sync/feeds/" + feed.feedId().value() + "/payload";
    }

    @SchemaMapping(typeName = "Feed", field = "reportUrl")
    String reportUrl(FeedView feed) {
        return feed.reportDigest() == null
                ? null
                : "/sync/feeds/" + feed.feedId().value() + "/report";
    }

    @SchemaMapping(typeName = "Feed", field = "builtAt")
    String builtAt(FeedView feed) {
        return time(feed.builtAt());
    }

    @SchemaMapping(typeName = "Feed", field = "submittedAt")
    String submittedAt(FeedView feed) {
        return time(feed.submittedAt());
    }

    @SchemaMapping(typeName = "Feed", field = "processingStartedAt")
    String processingStartedAt(FeedView feed) {
        return time(feed.processingStartedAt());
    }

    @SchemaMapping(typeName = "Feed", field = "processedAt")
    String processedAt(FeedView feed) {
        return time(feed.processedAt());
    }

    @SchemaMapping(typeName = "Feed", field = "finishedAt")
    String finishedAt(FeedView feed) {
        return time(feed.finishedAt());
    }

    @SchemaMapping(typeName = "FeedMessage", field = "entryIds")
    List<String> entryIds(FeedMessageView message) {
        return ids(message.entries());
    }

    @SchemaMapping(typeName = "FeedMessage", field = "verifiedAt")
    String verifiedAt(FeedMessageView message) {
        return time(message.verifiedAt());
    }

    private static List<String> ids(List<QueueItemId> entries) {
        return entries.stream().map(QueueItemId::value).toList();
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static FeedId feedId(String id) {
        if (id == null || id.isBlank()) {
            throw BusinessException.invalid("id", "A feed id is required");
        }
        return new FeedId(id.strip());
    }

    private static AccountId account(String id) {
        return id == null || id.isBlank() ? null : new AccountId(id.strip());
    }

    private static MarketplaceId marketplace(String id) {
        return id == null || id.isBlank() ? null : new MarketplaceId(id.strip());
    }
}
