// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.faults;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The faults currently injected, and the seeded dice that decide when a probabilistic one fires, so a fault scenario
 * replays the same way for the same seed and call sequence.
 */
@Component
public class Faults {

    /** What the gateway should do to one call. */
    public enum Outcome {
        PASS,
        THROTTLE,
        INTERNAL_ERROR,
        UNAVAILABLE,
        TRUNCATE,
        DROP
    }

    private FaultSettings settings = FaultSettings.NONE;
    private Random random = new Random(0);

    public synchronized FaultSettings settings() {
        return settings;
    }

    public synchronized void set(FaultSettings newSettings) {
        settings = newSettings;
    }

    public synchronized void reset(long seed) {
        settings = FaultSettings.NONE;
        random = new Random(seed);
    }

    public synchronized OperationFaults forOperation(String operationId) {
        return settings.operations().getOrDefault(operationId, OperationFaults.NONE);
    }

    public synchronized Outcome roll(String operationId) {
        OperationFaults f = forOperation(operationId);
        if (f.equals(OperationFaults.NONE)) {
            return Outcome.PASS;
        }
        double dice = random.nextDouble();
        double edge = f.throttle();
        if (dice < edge) {
            return Outcome.THROTTLE;
        }
        if (dice < (edge += f.internalError())) {
            return Outcome.INTERNAL_ERROR;
        }
        if (dice < (edge += f.unavailable())) {
            return Outcome.UNAVAILABLE;
        }
        if (dice < (edge += f.truncatedBody())) {
            return Outcome.TRUNCATE;
        }
        if (dice < edge + f.droppedConnection()) {
            return Outcome.DROP;
        }
        return Outcome.PASS;
    }

    /** True (and counts down) when the next feed to finish processing must end {@code FATAL}. */
    public synchronized boolean takeFatalFeed() {
        if (settings.nextFeedsFatal() == 0) {
            return false;
        }
        settings = new FaultSettings(
                settings.operations(),
                settings.nextFeedsFatal() - 1,
                settings.feedsStuckInQueue(),
                settings.priceNeverPropagatesSkus(),
                settings.lateTransactionHours(),
                settings.changedTransactions(),
                settings.feedWarningSkus(),
                settings.priceDropsWithQuantitySkus());
        return true;
    }

    /** True (once per SKU: the fault is then used up) when the SKU's offer must lose its price as its quantity rises. */
    public synchronized boolean takePriceDropWithQuantity(String sku) {
        if (!settings.priceDropsWithQuantitySkus().contains(sku)) {
            return false;
        }
        Set<String> left = new HashSet<>(settings.priceDropsWithQuantitySkus());
        left.remove(sku);
        settings = new FaultSettings(
                settings.operations(),
                settings.nextFeedsFatal(),
                settings.feedsStuckInQueue(),
                settings.priceNeverPropagatesSkus(),
                settings.lateTransactionHours(),
                settings.changedTransactions(),
                settings.feedWarningSkus(),
                left);
        return true;
    }

    public synchronized boolean feedsStuckInQueue() {
        return settings.feedsStuckInQueue();
    }

    public synchronized int lateTransactionHours() {
        return settings.lateTransactionHours();
    }

    /** Rolls whether a newly posted transaction will later be changed in place. */
    public synchronized boolean changeTransaction() {
        return settings.changedTransactions() > 0 && random.nextDouble() < settings.changedTransactions();
    }

    public synchronized boolean priceNeverPropagates(String sku) {
        return settings.priceNeverPropagatesSkus().contains(sku);
    }

    /** True when a listings feed message for the SKU must be reported with a warning (it is still accepted). */
    public synchronized boolean feedWarning(String sku) {
        return sku != null && settings.feedWarningSkus().contains(sku);
    }
}
