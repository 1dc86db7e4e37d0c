// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.feed;

import io.sellersync.messages.feed.FeedBuiltEvent;
import io.sellersync.messages.feed.FeedCancelFailedEvent;
import io.sellersync.messages.feed.FeedCancelRequestedEvent;
import io.sellersync.messages.feed.FeedCompletedEvent;
import io.sellersync.messages.feed.FeedDelayedEvent;
import io.sellersync.messages.feed.FeedDetailView;
import io.sellersync.messages.feed.FeedDocumentUploadedEvent;
import io.sellersync.messages.feed.FeedFailedEvent;
import io.sellersync.messages.feed.FeedFailure;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedIssue;
import io.sellersync.messages.feed.FeedItemsVerifiedEvent;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedPage;
import io.sellersync.messages.feed.FeedProcessedEvent;
import io.sellersync.messages.feed.FeedProcessingFinishedEvent;
import io.sellersync.messages.feed.FeedProcessingStartedEvent;
import io.sellersync.messages.feed.FeedReportFailedEvent;
import io.sellersync.messages.feed.FeedStatus;
import io.sellersync.messages.feed.FeedSubmittedEvent;
import io.sellersync.messages.feed.FeedValidatedEvent;
import io.sellersync.messages.feed.FeedVerificationRequestedEvent;
import io.sellersync.messages.feed.FeedView;
import io.sellersync.messages.feed.FeedsInFlightView;
import io.sellersync.messages.feed.FindFeedQuery;
import io.sellersync.messages.feed.FindFeedsInFlightQuery;
import io.sellersync.messages.feed.ListFeedsQuery;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The feeds read model (the History and a feed's detail): one row per feed, one per message. Rows are keyed by feed id
 * and message id and every event writes absolute values, so a redelivered event writes the same rows again and the
 * projection can be reset and replayed. Every change of a feed is pushed to the subscribers of that feed.
 */
@Component
@ProcessingGroup(FeedProjection.GROUP)
public class FeedProjection {

    public static final String GROUP = "feeds";

    static final int MAX_PAGE_SIZE = 200;

    private static final List<FeedStatus> FINISHED =
            Arrays.stream(FeedStatus.values()).filter(FeedStatus::finished).toList();

    private final FeedRepository feeds;
    private final FeedMessageTable messages;
    private final QueryUpdateEmitter emitter;

    FeedProjection(FeedRepository feeds, FeedMessageTable messages, QueryUpdateEmitter emitter) {
        this.feeds = feeds;
        this.messages = messages;
        this.emitter = emitter;
    }

    @EventHandler
    void on(FeedBuiltEvent event) {
        if (!feeds.existsById(event.feedId().value())) {
            feeds.saveAndFlush(new FeedEntity(event));
        }
        messages.insert(event.feedId(), event.messages());
        publish(event.feedId());
    }

    @EventHandler
    void on(FeedValidatedEvent event) {
        update(event.feedId(), feed -> {
            messages.results(event.feedId(), event.results(), false);
            List<FeedIssue> errors = event.feedErrors().stream()
                    .map(e -> new FeedIssue(null, "ERROR", e, null))
                    .toList();
            feed.validated(event.at(), messages.write(errors));
            feed.counted(messages.counts(event.feedId()));
        });
    }

    @EventHandler
    void on(FeedDocumentUploadedEvent event) {
        update(event.feedId(), FeedEntity::uploaded);
    }

    @EventHandler
    void on(FeedSubmittedEvent event) {
        update(event.feedId(), feed -> feed.submitted(event.amazonFeedId(), event.at()));
    }

    @EventHandler
    void on(FeedProcessingStartedEvent event) {
        update(event.feedId(), feed -> feed.started(event.at()));
    }

    @EventHandler
    void on(FeedDelayedEvent event) {
        update(event.feedId(), feed -> feed.delayed(event.delay()));
    }

    @EventHandler
    void on(FeedProcessingFinishedEvent event) {
        update(event.feedId(), feed -> feed.amazonFinished(event.status()));
    }

    @EventHandler
    void on(FeedReportFailedEvent event) {
        update(event.feedId(), feed -> feed.reportFailed(event.attempt(), event.reason()));
    }

    @EventHandler
    void on(FeedCancelRequestedEvent event) {
        update(event.feedId(), FeedEntity::cancelRequested);
    }

    @EventHandler
    void on(FeedCancelFailedEvent event) {
        update(event.feedId(), feed -> feed.cancelFailed(event.reason()));
    }

    @EventHandler
    void on(FeedProcessedEvent event) {
        update(event.feedId(), feed -> {
            messages.results(event.feedId(), event.results(), feed.kind() == FeedKind.SUBMISSION);
            feed.processed(event.reportDigest(), messages.write(event.feedIssues()), event.at());
            feed.counted(messages.counts(event.feedId()));
        });
    }

    @EventHandler
    void on(FeedFailedEvent event) {
        update(
                event.feedId(),
                feed -> feed.failed(
                        event.failure() == FeedFailure.CANCELLED, event.reason(), event.reportDigest(), event.at()));
    }

    @EventHandler
    void on(FeedVerificationRequestedEvent event) {
        update(event.feedId(), feed -> feed.counted(messages.counts(event.feedId())));
    }

    @EventHandler
    void on(FeedItemsVerifiedEvent event) {
        update(event.feedId(), feed -> {
            messages.verified(event.feedId(), event.items(), event.at());
            feed.counted(messages.counts(event.feedId()));
        });
    }

    @EventHandler
    void on(FeedCompletedEvent event) {
        update(
                event.feedId(),
                feed -> feed.completed(
                        new MessageCounts(
                                event.accepted(),
                                event.warnings(),
                                event.errors(),
                                event.verified(),
                                event.mismatched(),
                                event.timedOut(),
                                0),
                        event.at()));
    }

    @ResetHandler
    void reset() {
        messages.deleteAll();
        feeds.deleteAllInBatch();
    }

    @QueryHandler
    FeedPage handle(ListFeedsQuery query) {
        int size = Math.max(1, Math.min(MAX_PAGE_SIZE, query.size()));
        int page = Math.max(0, query.page());
        Specification<FeedEntity> filter = (root, q, cb) -> cb.conjunction();
        if (query.accountId() != null) {
            filter = filter.and((root, q, cb) ->
                    cb.equal(root.get("accountId"), query.accountId().value()));
        }
        if (query.kind() != null) {
            filter = filter.and((root, q, cb) -> cb.equal(root.get("kind"), query.kind()));
        }
        Page<FeedEntity> found = feeds.findAll(
                filter, PageRequest.of(page, size, Sort.by(Sort.Order.desc("builtAt"), Sort.Order.desc("feedId"))));
        return new FeedPage(found.getContent().stream().map(FeedEntity::toView).toList(), found.getTotalElements());
    }

    @QueryHandler
    FeedDetailView handle(FindFeedQuery query) {
        return feeds.findById(query.feedId().value()).map(this::detail).orElse(null);
    }

    @QueryHandler
    FeedsInFlightView handle(FindFeedsInFlightQuery query) {
        List<FeedEntity> inFlight = feeds.findByAccountIdAndMarketplaceIdAndKindAndStatusNotInOrderByBuiltAtAsc(
                query.accountId().value(), query.marketplaceId().value(), FeedKind.SUBMISSION, FINISHED);
        List<FeedView> views = inFlight.stream().map(FeedEntity::toView).toList();
        return new FeedsInFlightView(
                views,
                messages.unendedSkus(inFlight.stream().map(FeedEntity::feedId).toList()));
    }

    private FeedDetailView detail(FeedEntity feed) {
        FeedId id = new FeedId(feed.feedId());
        return new FeedDetailView(feed.toView(), messages.messages(id), messages.issues(feed.feedIssues()));
    }

    private void update(FeedId feedId, Consumer<FeedEntity> change) {
        feeds.findById(feedId.value()).ifPresent(feed -> {
            change.accept(feed);
            publish(feedId);
        });
    }

    /** Pushes the feed's detail to its subscribers; builds it only when someone watches this feed. */
    private void publish(FeedId feedId) {
        FindFeedQuery watched = new FindFeedQuery(feedId);
        boolean watching = emitter.activeSubscriptions().stream().anyMatch(s -> watched.equals(s.getPayload()));
        if (!watching) {
            return;
        }
        feeds.flush();
        feeds.findById(feedId.value())
                .map(this::detail)
                .ifPresent(detail -> emitter.emit(FindFeedQuery.class, watched::equals, detail));
    }
}
