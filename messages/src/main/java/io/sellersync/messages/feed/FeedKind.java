// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

/** A dry run is validated message by message and never submitted; a submission goes to Amazon. */
public enum FeedKind {
    DRY_RUN,
    SUBMISSION
}
