// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import io.sellersync.integration.spapi.SpApiException;
import io.sellersync.integration.spapi.documents.DocumentTransfer.DocumentException;
import io.sellersync.messages.shared.BusinessException;

/** Failures in words a seller can read; never secrets (exception messages carry status, code and request id only). */
public final class Words {

    private Words() {}

    public static String of(RuntimeException failure) {
        if (failure instanceof SpApiException e) {
            String amazon = e.errors().isEmpty() ? null : e.errors().get(0).message();
            if (e instanceof SpApiException.Throttled) {
                return "Amazon kept refusing the call as over the rate limit";
            }
            if (e instanceof SpApiException.Unauthorized) {
                return "Amazon refused the account's credentials" + (amazon == null ? "" : ": " + amazon);
            }
            if (e instanceof SpApiException.NotFound) {
                return "Amazon does not know it" + (amazon == null ? "" : ": " + amazon);
            }
            if (e instanceof SpApiException.InvalidInput) {
                return "Amazon refused it" + (amazon == null ? ": HTTP " + e.status() : ": " + amazon);
            }
            if (e instanceof SpApiException.ServerError) {
                return "Amazon had an internal error (HTTP " + e.status() + ")" + requestId(e);
            }
            if (e instanceof SpApiException.MalformedResponse) {
                return "Amazon's answer was cut off or unreadable" + requestId(e);
            }
            return "Amazon did not answer" + requestId(e);
        }
        if (failure instanceof DocumentException e) {
            return "The document transfer failed: " + e.getMessage();
        }
        if (failure instanceof BusinessException e) {
            return e.getMessage();
        }
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }

    private static String requestId(SpApiException e) {
        return e.requestId() == null ? "" : " (request " + e.requestId() + ")";
    }
}
