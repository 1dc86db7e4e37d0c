// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.accounts;

import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.accounts.SpApiEndpoints;
import io.sellersync.messages.inventory.InventoryFields;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.Marketplace;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.shared.Region;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/** The shape an account must have; each refusal names the field the user has to fix. */
final class AccountRules {

    /** Merchant tokens are upper-case letters and digits, typically 13 or 14 characters. */
    private static final Pattern SELLING_PARTNER_ID = Pattern.compile("[A-Z0-9]{8,20}");

    private static final String LWA_CLIENT_PREFIX = "amzn1.application-oa2-client.";

    private AccountRules() {}

    static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw BusinessException.invalid("name", "Give the account a name");
        }
        if (name.strip().length() > 100) {
            throw BusinessException.invalid("name", "The account name may be at most 100 characters");
        }
    }

    static void requireSellingPartnerId(String sellingPartnerId) {
        if (sellingPartnerId == null
                || !SELLING_PARTNER_ID.matcher(sellingPartnerId.strip()).matches()) {
            throw BusinessException.invalid(
                    "sellingPartnerId",
                    "The seller id (merchant token) is 8 to 20 upper-case letters and digits, as shown in Seller Central");
        }
    }

    static void requireRegion(Region region) {
        if (region == null) {
            throw BusinessException.invalid("region", "Choose the account's region: NA, EU or FE");
        }
    }

    static void requireMarketplaces(Region region, List<MarketplaceId> marketplaces) {
        if (marketplaces == null || marketplaces.isEmpty()) {
            throw BusinessException.invalid("marketplaces", "Enable at least one marketplace");
        }
        if (new HashSet<>(marketplaces).size() != marketplaces.size()) {
            throw BusinessException.invalid("marketplaces", "A marketplace is listed twice");
        }
        for (MarketplaceId id : marketplaces) {
            Marketplace marketplace = Marketplaces.find(id)
                    .orElseThrow(() -> BusinessException.invalid("marketplaces", "Unknown marketplace id " + id));
            if (marketplace.region() != region) {
                throw BusinessException.invalid(
                        "marketplaces",
                        "Marketplace " + marketplace.countryCode() + " belongs to region " + marketplace.region()
                                + ", not " + region);
            }
        }
    }

    static void requireEndpoints(SpApiEndpoints endpoints) {
        if (endpoints == null) {
            return;
        }
        requireHttpUrl("spApiUrl", endpoints.spApiUrl());
        requireHttpUrl("lwaUrl", endpoints.lwaUrl());
    }

    private static void requireHttpUrl(String field, String value) {
        try {
            URI uri = new URI(value == null ? "" : value.strip());
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw BusinessException.invalid(
                        field, "Give a full http(s) address, e.g. https://sellingpartnerapi-eu.amazon.com");
            }
        } catch (URISyntaxException e) {
            throw BusinessException.invalid(field, "Not a valid address: " + e.getReason());
        }
    }

    /**
     * Floor and ceiling are optional and positive, the floor below the ceiling; the maximum change is 1 to 1000 %.
     * Amounts are normalised (12.50 and 12.5 are the same rail), so saving the same rails again changes nothing.
     */
    static GuardRails requireGuardRails(GuardRails rails) {
        if (rails == null) {
            return GuardRails.DEFAULT;
        }
        // Size first, before normalising touches the numbers (1e999999999 must not be expanded).
        requireAmount("floor", "The price floor", rails.floor());
        requireAmount("ceiling", "The price ceiling", rails.ceiling());
        BigDecimal rawPercent = rails.maxChangePercent();
        if (rawPercent != null
                && ((long) rawPercent.precision() - rawPercent.scale() > 4
                        || InventoryFields.amountProblem("percent", rawPercent, null) != null)) {
            throw BusinessException.invalid("maxChangePercent", "The maximum change is between 1 and 1000 percent");
        }
        BigDecimal floor = normalised(rails.floor());
        BigDecimal ceiling = normalised(rails.ceiling());
        BigDecimal percent = normalised(rawPercent);
        if (floor != null && floor.signum() <= 0) {
            throw BusinessException.invalid("floor", "The price floor must be more than 0, or empty for none");
        }
        if (ceiling != null && ceiling.signum() <= 0) {
            throw BusinessException.invalid("ceiling", "The price ceiling must be more than 0, or empty for none");
        }
        if (floor != null && ceiling != null && floor.compareTo(ceiling) > 0) {
            throw BusinessException.invalid("ceiling", "The price ceiling must not be below the floor");
        }
        if (percent.compareTo(BigDecimal.ONE) < 0 || percent.compareTo(new BigDecimal("1000")) > 0) {
            throw BusinessException.invalid("maxChangePercent", "The maximum change is between 1 and 1000 percent");
        }
        if (percent.scale() > 2) {
            throw BusinessException.invalid(
                    "maxChangePercent", "The maximum change has at most 2 decimal places, such as 12.5");
        }
        return new GuardRails(floor, ceiling, percent);
    }

    private static void requireAmount(String field, String label, BigDecimal value) {
        String problem = InventoryFields.amountProblem(label, value, null);
        if (problem != null) {
            throw BusinessException.invalid(field, problem);
        }
    }

    private static BigDecimal normalised(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static void requireLwaClientId(String lwaClientId) {
        if (lwaClientId == null || !lwaClientId.strip().startsWith(LWA_CLIENT_PREFIX)) {
            throw BusinessException.invalid(
                    "lwaClientId", "The LWA client id starts with " + LWA_CLIENT_PREFIX + " (Developer Central)");
        }
    }
}
