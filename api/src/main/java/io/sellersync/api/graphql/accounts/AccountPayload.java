// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql.accounts;

record AccountPayload(String accountId) {}
