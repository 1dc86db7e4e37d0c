// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import java.util.List;

/** How run events name their SKUs in one sentence: the first few, then how many more. */
final class RunWords {

    private static final int SHOWN = 5;

    private RunWords() {}

    static String skus(List<String> skus) {
        if (skus.size() <= SHOWN) {
            return String.join(", ", skus);
        }
        return String.join(", ", skus.subList(0, SHOWN)) + " and " + (skus.size() - SHOWN) + " more";
    }
}
