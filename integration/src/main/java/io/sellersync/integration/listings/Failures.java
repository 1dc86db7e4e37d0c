// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import io.sellersync.integration.spapi.SpApiException;

/** An SP-API failure in words a seller can act on. */
final class Failures {

    private Failures() {}

    static String explain(SpApiException failure) {
        if (failure instanceof SpApiException.Unauthorized refused) {
            return refused.errors().isEmpty()
                    ? "Amazon refused access (HTTP " + refused.status() + "); check the account's authorization"
                    : "Amazon refused access: " + refused.errors().get(0).message();
        }
        if (failure instanceof SpApiException.ConnectionFailed) {
            return "Amazon could not be reached; try again later";
        }
        if (failure instanceof SpApiException.Throttled) {
            return "Amazon is throttling this account right now; try again in a minute";
        }
        if (failure instanceof SpApiException.ServerError || failure instanceof SpApiException.MalformedResponse) {
            return "Amazon answered with a server error (HTTP " + failure.status() + "); try again later";
        }
        return failure.errors().isEmpty()
                ? "Amazon answered with an error (HTTP " + failure.status() + ")"
                : "Amazon answered with an error: " + failure.errors().get(0).message();
    }
}
