// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.spapi;

import jakarta.servlet.http.HttpServletRequest;

/** Who is calling, established by the gateway from the access token and handed to controllers as a request attribute. */
public record SpApiCaller(String sellerId, String clientId, String requestId, Operation operation) {

    static final String ATTRIBUTE = SpApiCaller.class.getName();

    public static SpApiCaller of(HttpServletRequest request) {
        SpApiCaller caller = (SpApiCaller) request.getAttribute(ATTRIBUTE);
        if (caller == null) {
            throw SpApiException.unauthorized("The request carries no valid access token.");
        }
        return caller;
    }

    /** Refuses a path {@code sellerId} that is not the one the token was issued for, as Amazon does. */
    public void requireSeller(String pathSellerId) {
        if (!sellerId.equals(pathSellerId)) {
            throw SpApiException.unauthorized("The access token does not grant access to seller " + pathSellerId + ".");
        }
    }
}
