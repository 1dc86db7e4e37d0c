// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.listings;

import java.util.List;

/**
 * A problem found in a listings submission, shaped like the Listings Items {@code Issue} (feeds report it with a
 * singular {@code attributeName}). Codes follow Amazon's where known: {@code 90220} required attribute missing,
 * {@code 99022} too few values, {@code 90000900} attribute not valid for the product type; the emulator uses
 * {@code 4000001} for an invalid value and {@code 4000003} for an unknown product type.
 */
public record ListingIssue(
        String code, String message, String severity, List<String> attributeNames, List<String> categories) {

    public ListingIssue {
        attributeNames = List.copyOf(attributeNames);
        categories = List.copyOf(categories);
    }

    public boolean isError() {
        return "ERROR".equals(severity);
    }

    static ListingIssue missing(String attribute) {
        return new ListingIssue(
                "90220",
                "'" + attribute + "' is required but not supplied.",
                "ERROR",
                List.of(attribute),
                List.of("MISSING_ATTRIBUTE"));
    }

    static ListingIssue tooFewValues(String attribute, String field) {
        return new ListingIssue(
                "99022",
                "The field '\"" + field + "\"' for the attribute '" + attribute
                        + "' does not have enough values. The required minimum is '1' value(s).",
                "ERROR",
                List.of(attribute),
                List.of("MISSING_ATTRIBUTE"));
    }

    static ListingIssue invalidValue(String attribute, String why) {
        return new ListingIssue(
                "4000001",
                "The provided value for '" + attribute + "' is invalid. " + why,
                "ERROR",
                List.of(attribute),
                List.of(attribute.startsWith("purchasable_offer") ? "INVALID_PRICE" : "INVALID_ATTRIBUTE"));
    }

    static ListingIssue unknownAttribute(String attribute, String productType) {
        return new ListingIssue(
                "90000900",
                "The attributes are invalid: '" + attribute + "' is not an attribute of product type '" + productType
                        + "'.",
                "ERROR",
                List.of(attribute),
                List.of("INVALID_ATTRIBUTE"));
    }

    static ListingIssue unknownProductType(String productType) {
        return new ListingIssue(
                "4000003",
                "The Amazon product type '" + productType + "' is invalid or not supported.",
                "ERROR",
                List.of(),
                List.of("INVALID_ATTRIBUTE"));
    }

    static ListingIssue general(String code, String message, String severity) {
        return new ListingIssue(code, message, severity, List.of(), List.of("INVALID_ATTRIBUTE"));
    }
}
