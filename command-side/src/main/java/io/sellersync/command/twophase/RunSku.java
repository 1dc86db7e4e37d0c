// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.twophase;

import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.shared.Money;
import io.sellersync.messages.twophase.RescueStep;
import io.sellersync.messages.twophase.RunSkuState;
import io.sellersync.messages.twophase.SettledSku;
import java.time.Instant;
import java.util.Objects;

/** One SKU of a run inside the aggregate: what was planned and where it is; assigned by event-sourcing handlers only. */
final class RunSku {

    final FeedMessage planned;
    RunSkuState state = RunSkuState.PRICE_PENDING;
    String reason;
    Money observedPrice;
    Integer observedQuantity;
    boolean rescued;
    int rescueAttempt;
    RescueStep rescueStep;
    int restoreTo;
    /** Amazon accepted the current rescue patch at {@code stepAcceptedAt}; read-back decides what follows. */
    boolean stepAccepted;

    Instant stepAcceptedAt;

    RunSku(FeedMessage planned) {
        this.planned = planned;
    }

    String sku() {
        return planned.sku();
    }

    Money price() {
        return planned.price();
    }

    /** A rescue patch was accepted and its read-back has not decided yet. */
    boolean awaitingReadBack() {
        return state == RunSkuState.RESCUING && stepAccepted;
    }

    boolean priceMatches(Money observed) {
        return observed != null && observed.sameAmount(planned.price());
    }

    /** Field by field, so Axon's fixtures can tell an event-sourced copy from the state a handler left. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RunSku o
                && planned.equals(o.planned)
                && state == o.state
                && Objects.equals(reason, o.reason)
                && Objects.equals(observedPrice, o.observedPrice)
                && Objects.equals(observedQuantity, o.observedQuantity)
                && rescued == o.rescued
                && rescueAttempt == o.rescueAttempt
                && rescueStep == o.rescueStep
                && restoreTo == o.restoreTo
                && stepAccepted == o.stepAccepted
                && Objects.equals(stepAcceptedAt, o.stepAcceptedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(planned.sku(), state);
    }

    SettledSku settle(RunSkuState outcome, String reason, Money price, Integer quantity) {
        return new SettledSku(sku(), outcome, reason, price, quantity, rescued, planned.entries());
    }
}
