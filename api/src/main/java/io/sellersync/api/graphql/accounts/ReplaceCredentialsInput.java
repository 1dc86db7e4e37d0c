// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql.accounts;

record ReplaceCredentialsInput(
        String id, String lwaClientId, String clientSecret, String refreshToken, String clientSecretExpiresOn) {

    @Override
    public String toString() {
        return "ReplaceCredentialsInput[" + id + "]";
    }
}
