// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.orders;

import io.sellersync.integration.spapi.SpApiException;

/** An SP-API failure of the order sync in words a seller can act on. */
final class Failures {

    private Failures() {}

    static String explain(SpApiException failure) {
        if (failure instanceof SpApiException.Unauthorized refused) {
            return refused.errors().isEmpty()
                    ? "Amazon refused access (HTTP " + refused.status() + "); check the account's authorization"
                    : "Amazon refused access: " + refused.errors().get(0).message();
        }
        if (failure instanceof SpApiException.ConnectionFailed) {
            return "Amazon could not be reached; the next run tries again";
        }
        if (failure instanceof SpApiException.Throttled) {
            return "Amazon is throttling this account right now; the next run tries again";
        }
        if (failure instanceof SpApiException.ServerError || failure instanceof SpApiException.MalformedResponse) {
            return "Amazon answered with a server error (HTTP " + failure.status() + "); the next run tries again";
        }
        return failure.errors().isEmpty()
                ? "Amazon refused the request (HTTP " + failure.status() + ")"
                : "Amazon refused the request: " + failure.errors().get(0).message();
    }
}
