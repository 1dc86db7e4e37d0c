// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import io.sellersync.messages.feed.ObservedOffer;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What Amazon showed in a read-back round of rescued SKUs (a SKU left out was not read this round). */
public record RecordRescueReadBackCommand(
        @TargetAggregateIdentifier SyncRunId runId, int round, List<ObservedOffer> observed, Instant at) {

    public RecordRescueReadBackCommand {
        observed = List.copyOf(observed);
    }
}
