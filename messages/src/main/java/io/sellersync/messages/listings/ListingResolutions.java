// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.listings;

import java.util.List;

/** The answer to a {@link ResolveListingsQuery}, one resolution per request, in request order. */
public record ListingResolutions(List<ListingResolution> results) {

    public ListingResolutions {
        results = List.copyOf(results);
    }
}
