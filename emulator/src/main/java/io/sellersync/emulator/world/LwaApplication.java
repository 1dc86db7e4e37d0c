// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.world;

/**
 * The one SP-API application registered with the emulated LWA; its credentials identify the caller and its
 * application id is what the website authorization workflow's consent page asks the seller to authorise.
 */
public record LwaApplication(String applicationId, String clientId, String clientSecret) {}
