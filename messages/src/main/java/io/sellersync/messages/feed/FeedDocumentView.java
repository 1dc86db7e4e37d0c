// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

/** A stored document's exact bytes (UTF-8 JSON), or null content when no document has that digest. */
public record FeedDocumentView(String digest, byte[] content) {}
