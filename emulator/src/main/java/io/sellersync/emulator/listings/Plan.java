// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.listings;

import java.util.List;

/** The outcome of validating a submission: issues found, and the changes to apply if none of them is an error. */
public record Plan(List<ListingIssue> issues, List<ListingChange> changes, String asin) {

    public Plan {
        issues = List.copyOf(issues);
        changes = List.copyOf(changes);
    }

    public boolean accepted() {
        return issues.stream().noneMatch(ListingIssue::isError);
    }
}
