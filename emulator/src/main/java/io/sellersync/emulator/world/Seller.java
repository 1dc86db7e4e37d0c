// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.world;

import java.util.List;

/** A selling partner that has authorised the emulated application; the refresh token is that authorisation. */
public record Seller(String sellerId, String name, String region, List<String> marketplaceIds, String refreshToken) {
    public Seller {
        marketplaceIds = List.copyOf(marketplaceIds);
    }
}
