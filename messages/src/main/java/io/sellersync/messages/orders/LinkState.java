// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

/** The linked/unmatched filter: orders with linked inventory, or with open unmatched units. */
public enum LinkState {
    LINKED,
    UNMATCHED
}
