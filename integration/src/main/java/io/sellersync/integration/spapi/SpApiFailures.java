// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

/** An SP-API failure in words a seller can act on, with what happens next. */
public final class SpApiFailures {

    /** What the seller is told about a failure a retry may fix. */
    public enum Retry {
        /** A scheduled sync: its next run tries again by itself. */
        SCHEDULED("the next run tries again", "the next run tries again"),
        /** Something the seller asked for: they try again. */
        BY_HAND("try again later", "try again in a minute");

        private final String later;
        private final String throttled;

        Retry(String later, String throttled) {
            this.later = later;
            this.throttled = throttled;
        }
    }

    /** What a run that was interrupted by the application's shutdown reports (nothing is recorded as failed). */
    public static final String SHUTTING_DOWN = "sellersync is shutting down; the next run reads the window again";

    private SpApiFailures() {}

    public static String explain(SpApiException failure, Retry retry) {
        if (failure instanceof SpApiException.Unauthorized refused) {
            return refused.errors().isEmpty()
                    ? "Amazon refused access (HTTP " + refused.status() + "); check the account's authorization"
                    : "Amazon refused access: " + refused.errors().get(0).message();
        }
        if (failure instanceof SpApiException.ConnectionFailed) {
            return "Amazon could not be reached; " + retry.later;
        }
        if (failure instanceof SpApiException.Throttled) {
            return "Amazon is throttling this account right now; " + retry.throttled;
        }
        if (failure instanceof SpApiException.ServerError || failure instanceof SpApiException.MalformedResponse) {
            return "Amazon answered with a server error (HTTP " + failure.status() + "); " + retry.later;
        }
        return failure.errors().isEmpty()
                ? "Amazon refused the request (HTTP " + failure.status() + ")"
                : "Amazon refused the request: " + failure.errors().get(0).message();
    }
}
