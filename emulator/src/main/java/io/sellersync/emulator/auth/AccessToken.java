// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.auth;

import java.time.Instant;

/** An LWA access token the emulator issued: whom it acts for and until when (emulated time). */
public record AccessToken(String token, String sellerId, String clientId, Instant expiresAt) {}
