// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Subscribe-then-send for pages: opens a subscription query, runs the action (which sends a command), then waits
 * briefly until the read model shows the change, so the page rendered next never shows the state from before the
 * write. After the timeout the page renders anyway; the projection catches up moments later.
 */
@Component
public class ReadModelWait {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final QueryGateway queries;

    ReadModelWait(QueryGateway queries) {
        this.queries = queries;
    }

    public <Q, T, R> R run(Q query, ResponseType<T> type, Supplier<R> action, Function<R, Predicate<T>> shows) {
        SubscriptionQueryResult<T, T> subscription = queries.subscriptionQuery(query, type, type);
        try {
            R result = action.get();
            Predicate<T> done = shows.apply(result);
            subscription
                    .initialResult()
                    .concatWith(subscription.updates())
                    .filter(done)
                    .next()
                    .timeout(TIMEOUT, Mono.empty())
                    .block();
            return result;
        } finally {
            subscription.close();
        }
    }
}
