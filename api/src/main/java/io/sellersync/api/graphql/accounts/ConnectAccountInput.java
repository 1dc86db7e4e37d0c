// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql.accounts;

import io.sellersync.messages.shared.Region;
import java.util.List;

record ConnectAccountInput(
        String name,
        String sellingPartnerId,
        Region region,
        List<String> marketplaces,
        String lwaClientId,
        String clientSecret,
        String refreshToken,
        String clientSecretExpiresOn) {

    @Override
    public String toString() {
        return "ConnectAccountInput[" + name + ", " + sellingPartnerId + ", " + region + "]";
    }
}
