// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import java.util.Optional;

/**
 * Feed payloads and processing reports kept outside the event store, by the SHA-256 (hex) of their exact bytes.
 * Stand-in for the payload helper's store until the two are reconciled (same table, {@code feed_document}).
 */
interface FeedDocuments {

    /** The exact bytes stored under {@code digest}, if any. */
    Optional<byte[]> get(String digest);

    /** Stores the bytes (a repeat changes nothing) and answers their digest. */
    String put(String kind, byte[] content);
}
