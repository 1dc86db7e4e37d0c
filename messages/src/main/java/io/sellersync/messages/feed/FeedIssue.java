// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

/**
 * One issue Amazon (or our dry run) reported: {@code severity} is {@code ERROR}, {@code WARNING} or {@code INFO};
 * {@code attributeName} names the attribute when known (e.g. {@code purchasable_offer.our_price}).
 */
public record FeedIssue(String code, String severity, String message, String attributeName) {}
