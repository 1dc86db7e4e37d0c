// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.MessageResult;
import io.sellersync.messages.feed.VerifiedItem;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * What one of the run's phase feeds found: messages Amazon refused ({@code refused}, from its report) and messages
 * whose read-back ended ({@code verified}: VERIFIED, MISMATCH or TIMED_OUT, with the live values last seen).
 */
public record RecordPhaseResultsCommand(
        @TargetAggregateIdentifier SyncRunId runId,
        FeedId feedId,
        List<VerifiedItem> verified,
        List<MessageResult> refused,
        Instant at) {

    public RecordPhaseResultsCommand {
        verified = List.copyOf(verified);
        refused = List.copyOf(refused);
    }
}
