// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

import java.util.List;

/** The outcome of a connection test: each step that ran, and what to do when one failed. */
public record ConnectionTestView(AccountId accountId, boolean ok, List<String> steps, String problem) {

    public ConnectionTestView {
        steps = List.copyOf(steps);
    }
}
