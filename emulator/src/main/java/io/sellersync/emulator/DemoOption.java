// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code --demo} is shorthand for the demo world's options, {@code --history-days=90 --buyers-per-hour=2}: three
 * months of orders, transactions and payouts already there, and buyers who keep buying at a pace the stock survives.
 * Options given explicitly win.
 */
final class DemoOption {

    static final List<String> DEMO = List.of("--history-days=90", "--buyers-per-hour=2");

    private DemoOption() {}

    static String[] expand(String[] args) {
        List<String> given = Arrays.asList(args);
        if (!given.contains("--demo") && !given.contains("--demo=true")) {
            return args;
        }
        List<String> expanded = new ArrayList<>();
        for (String option : DEMO) {
            String name = option.substring(0, option.indexOf('=') + 1);
            if (given.stream().noneMatch(arg -> arg.startsWith(name))) {
                expanded.add(option);
            }
        }
        given.stream().filter(arg -> !arg.startsWith("--demo")).forEach(expanded::add);
        return expanded.toArray(String[]::new);
    }
}
