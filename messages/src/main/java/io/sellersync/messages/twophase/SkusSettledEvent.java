// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** These SKUs' part in the run ended: verified live, held (quantity not pushed or taken back), or failed. */
public record SkusSettledEvent(SyncRunId runId, List<SettledSku> skus, Instant at) implements TwoPhaseSyncEvent {

    public SkusSettledEvent {
        skus = List.copyOf(skus);
    }

    @Override
    public String describe() {
        long verified =
                skus.stream().filter(s -> s.state() == RunSkuState.VERIFIED).count();
        List<String> others = skus.stream()
                .filter(s -> s.state() != RunSkuState.VERIFIED)
                .map(s -> s.sku() + " " + s.state().name().toLowerCase(Locale.ROOT) + ": " + s.reason())
                .toList();
        String text = "Run %s: %d SKU(s) verified live".formatted(TwoPhaseSyncEvent.shortId(runId), verified);
        return others.isEmpty() ? text : text + "; " + RunWords.skus(others);
    }
}
