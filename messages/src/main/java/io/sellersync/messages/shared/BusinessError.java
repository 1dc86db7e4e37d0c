// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.shared;

/**
 * A refusal that travels across the command bus as the details of a {@code CommandExecutionException}: a code, the
 * offending input field (or null) and a sentence for the user.
 */
public record BusinessError(ErrorCode code, String field, String message) {}
