// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

/** One feed with its messages; answered with {@link FeedDetailView} (null when unknown), updated live by subscription. */
public record FindFeedQuery(FeedId feedId) {}
