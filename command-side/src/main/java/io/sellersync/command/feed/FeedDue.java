// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.feed;

import java.time.Instant;

/**
 * The payload of a feed deadline: when it is due (the saga's "now" when it fires, so a late firing decides as if on
 * time) and how many polls came before. Stored with the deadline, so the chain survives restarts.
 */
public record FeedDue(Instant at, int count) {}
