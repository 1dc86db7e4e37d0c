// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.FeedPlan;
import java.util.List;

/**
 * The two-phase rules that both the submit and the run's saga need, in one place: what the price phase sends for each
 * planned message, and which mode a submit suggests.
 */
public final class TwoPhasePlan {

    private TwoPhasePlan() {}

    /**
     * The price phase of a planned message: an existing offer gets its price only; a new offer is created with its
     * price and quantity 0, so it cannot be bought before its price is live.
     */
    public static FeedMessage priceMessage(FeedMessage planned) {
        return new FeedMessage(
                planned.messageId(),
                planned.sku(),
                planned.operation(),
                planned.productType(),
                planned.asin(),
                planned.condition(),
                planned.price(),
                planned.newSku() ? Integer.valueOf(0) : null,
                planned.livePrice(),
                planned.liveQuantity(),
                0,
                planned.entries());
    }

    public static List<FeedMessage> priceMessages(List<FeedMessage> planned) {
        return planned.stream().map(TwoPhasePlan::priceMessage).toList();
    }

    /**
     * Two-phase when any price rises or units are added to a live offer (an offer buyable at its old price while the
     * new one propagates); single-phase otherwise.
     */
    public static SyncMode suggestedMode(FeedPlan plan) {
        boolean risky = plan.messages().stream().anyMatch(TwoPhasePlan::risky);
        return risky ? SyncMode.TWO_PHASE : SyncMode.SINGLE_PHASE;
    }

    /** Why {@link #suggestedMode} chose two phases, in words; null for single-phase. */
    public static String reason(FeedPlan plan) {
        long raises = plan.messages().stream().filter(TwoPhasePlan::raisesPrice).count();
        long restocks =
                plan.messages().stream().filter(TwoPhasePlan::addsToLiveOffer).count();
        if (raises == 0 && restocks == 0) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        if (raises > 0) {
            text.append(raises).append(raises == 1 ? " price rises" : " prices rise");
        }
        if (restocks > 0) {
            text.append(text.isEmpty() ? "" : " and ")
                    .append(restocks)
                    .append(restocks == 1 ? " live offer gets" : " live offers get")
                    .append(" more units");
        }
        return text.toString();
    }

    private static boolean risky(FeedMessage m) {
        return raisesPrice(m) || addsToLiveOffer(m);
    }

    private static boolean raisesPrice(FeedMessage m) {
        return m.livePrice() != null
                && m.price() != null
                && m.price().currency().equals(m.livePrice().currency())
                && m.price().amount().compareTo(m.livePrice().amount()) > 0;
    }

    private static boolean addsToLiveOffer(FeedMessage m) {
        return !m.newSku() && m.unitsAdded() > 0;
    }
}
