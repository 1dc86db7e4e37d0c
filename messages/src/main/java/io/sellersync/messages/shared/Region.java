// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.shared;

/** Amazon's selling regions; each has its own SP-API host and marketplaces. */
public enum Region {
    NA,
    EU,
    FE
}
