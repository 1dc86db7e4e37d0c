// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

/** A stored feed document (payload or processing report) by its digest; answered with {@link FeedDocumentView}. */
public record FindFeedDocumentQuery(String digest) {}
