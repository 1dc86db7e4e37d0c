// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

/**
 * Why a feed ended without results: Amazon's {@code FATAL} or {@code CANCELLED}, or a step of ours that Amazon refused
 * or never confirmed ({@code NOT_SUBMITTED}), or a processing report that could not be read.
 */
public enum FeedFailure {
    FATAL,
    CANCELLED,
    NOT_SUBMITTED,
    REPORT_UNREADABLE
}
