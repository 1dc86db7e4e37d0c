// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.api.queue.AddOutcome;
import io.sellersync.messages.inventory.InventoryItemId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddSummaryTest {

    private static AddOutcome outcome(AddOutcome.Status status, String reason) {
        return new AddOutcome(
                InventoryItemId.random(), "LOC", status, reason, null, null, false, null, null, null, false);
    }

    @Test
    void countsEachOutcomeAndNamesWhyItemsWereLeftOut() {
        String sentence = AddSummary.sentence(List.of(
                outcome(AddOutcome.Status.ADDED, null),
                outcome(AddOutcome.Status.ADDED, null),
                outcome(AddOutcome.Status.ADDED, null),
                outcome(AddOutcome.Status.CONFLICT, "Your price GBP 12.50, Amazon's live price GBP 14.00"),
                outcome(AddOutcome.Status.SKIPPED, "The item is already queued for this account and marketplace"),
                outcome(AddOutcome.Status.FAILED, "SKU lookup failed: Amazon answered with a server error")));

        assertThat(sentence)
                .isEqualTo("3 added, 1 conflict, 1 skipped: The item is already queued for this account and"
                        + " marketplace, 1 failed: SKU lookup failed: Amazon answered with a server error");
    }

    @Test
    void sameReasonsAreNamedOnce() {
        String sentence = AddSummary.sentence(List.of(
                outcome(AddOutcome.Status.INVALID, "The item has no ASIN; add one to list it"),
                outcome(AddOutcome.Status.INVALID, "The item has no ASIN; add one to list it")));

        assertThat(sentence).isEqualTo("2 invalid: The item has no ASIN; add one to list it");
    }
}
