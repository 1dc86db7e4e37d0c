// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

/** A feed waiting in Amazon's queue longer than expected ({@code SLOW}: a warning) or for hours ({@code STUCK}: alert). */
public enum FeedDelay {
    SLOW,
    STUCK
}
