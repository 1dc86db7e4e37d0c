// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.faults;

/**
 * Failure odds for one operation, each a probability in [0, 1], plus added latency: the ways a real SP-API call goes
 * wrong that a client must survive.
 */
public record OperationFaults(
        double throttle,
        double internalError,
        double unavailable,
        double truncatedBody,
        double droppedConnection,
        long latencyMillis) {

    public static final OperationFaults NONE = new OperationFaults(0, 0, 0, 0, 0, 0);

    public OperationFaults {
        for (double p : new double[] {throttle, internalError, unavailable, truncatedBody, droppedConnection}) {
            if (p < 0 || p > 1) {
                throw new IllegalArgumentException("fault probabilities must be between 0 and 1");
            }
        }
        if (latencyMillis < 0 || latencyMillis > 60_000) {
            throw new IllegalArgumentException("latencyMillis must be between 0 and 60000");
        }
    }
}
