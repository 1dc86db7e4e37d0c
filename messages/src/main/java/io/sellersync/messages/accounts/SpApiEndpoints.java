// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

/** Where an account's SP-API calls and LWA token exchanges go when not to Amazon (e.g. the built-in emulator). */
public record SpApiEndpoints(String spApiUrl, String lwaUrl) {}
