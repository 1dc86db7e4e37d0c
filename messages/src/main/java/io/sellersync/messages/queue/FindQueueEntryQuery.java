// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

/** One active entry; answered with {@code Optional<QueueEntryView>}. */
public record FindQueueEntryQuery(QueueItemId queueItemId) {}
