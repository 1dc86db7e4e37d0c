// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What Amazon showed live in read-back round {@code round}; SKUs that could not be read are simply absent. */
public record RecordFeedVerificationCommand(
        @TargetAggregateIdentifier FeedId feedId, int round, List<ObservedOffer> observed, Instant at) {

    public RecordFeedVerificationCommand {
        observed = List.copyOf(observed);
    }
}
