// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.spapi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Query-parameter checks the models declare (CSV arrays, enums, bounds, date-times), failing the way the API family
 * does with a 400 and the given error code.
 */
public final class Params {

    private Params() {}

    /** A {@code collectionFormat: csv} array; empty when absent. Repeated parameters are accepted too. */
    public static List<String> csv(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public static List<String> csvEnum(String code, String name, String value, Collection<String> allowed) {
        List<String> values = csv(value);
        for (String v : values) {
            if (!allowed.contains(v)) {
                throw SpApiException.badRequest(code, "Invalid value '" + v + "' for parameter " + name + ".");
            }
        }
        return values;
    }

    public static void oneOf(String code, String name, String value, Collection<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw SpApiException.badRequest(code, "Invalid value '" + value + "' for parameter " + name + ".");
        }
    }

    public static Instant dateTime(String code, String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw SpApiException.badRequest(code, "Parameter " + name + " must be an ISO 8601 date-time.");
        }
    }

    public static int integer(String code, String name, String value, int defaultValue, int min, int max) {
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw SpApiException.badRequest(
                        code, "Parameter " + name + " must be between " + min + " and " + max + ".");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw SpApiException.badRequest(code, "Parameter " + name + " must be an integer.");
        }
    }
}
