// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.feed;

/** How a feed's messages stand: Amazon's verdicts and the read-back; {@code pending} = accepted or warning, not ended. */
record MessageCounts(int accepted, int warnings, int errors, int verified, int mismatched, int timedOut, int pending) {}
