// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

/** The exact feed document, stored outside the event store by its SHA-256 digest (hex), and its size in bytes. */
public record FeedPayloadRef(String digest, long bytes) {}
