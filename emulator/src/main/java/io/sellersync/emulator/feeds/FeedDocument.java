// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.feeds;

import java.time.Instant;

/**
 * A stored document: a feed a seller uploads, or a processing report the emulator produced. {@code content} is null
 * until uploaded; {@code compression} is {@code GZIP} when the stored bytes are gzipped.
 */
public record FeedDocument(
        String feedDocumentId,
        String sellerId,
        String contentType,
        Instant createdAt,
        byte[] content,
        String compression) {

    public FeedDocument withContent(byte[] newContent) {
        return new FeedDocument(feedDocumentId, sellerId, contentType, createdAt, newContent, compression);
    }
}
