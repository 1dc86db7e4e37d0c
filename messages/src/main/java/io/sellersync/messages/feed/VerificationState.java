// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

/** Read-back of an accepted message: still pending, verified live, or at the timeout different or not seen at all. */
public enum VerificationState {
    PENDING,
    VERIFIED,
    MISMATCH,
    TIMED_OUT
}
