// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

/**
 * Amazon's verdict on one message (or the dry run's): {@code ERROR} = not applied; {@code WARNING} = accepted with
 * warnings; {@code ACCEPTED} = accepted without issues. Accepted is not applied: verification follows.
 */
public enum MessageOutcome {
    ACCEPTED,
    WARNING,
    ERROR
}
