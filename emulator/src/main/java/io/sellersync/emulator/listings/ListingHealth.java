// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.listings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellersync.emulator.world.Listing;
import io.sellersync.emulator.world.PricingError;
import io.sellersync.emulator.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What Amazon currently says about a live listing, per marketplace: its status ({@code BUYABLE},
 * {@code DISCOVERABLE}) and its issues. The issues are the warnings of the last accepted submission and, for an offer
 * deactivated for a potential pricing error, an {@code ERROR} with a {@code LISTING_SUPPRESSED} enforcement; such an
 * offer is neither buyable nor discoverable.
 */
@Component
public class ListingHealth {

    /** Emulator code for "deactivated for a potential pricing error" (Amazon's own code is not documented). */
    public static final String PRICING_ERROR = "4000005";

    private final World world;
    private final Propagation propagation;
    private final ObjectMapper json;

    public ListingHealth(World world, Propagation propagation, ObjectMapper json) {
        this.world = world;
        this.propagation = propagation;
        this.json = json;
    }

    public List<String> status(Listing listing, String marketplaceId) {
        if (listing.offers().get(marketplaceId).price() == null
                || world.pricingErrors(listing.sellerId(), listing.sku()).containsKey(marketplaceId)) {
            return List.of();
        }
        return listing.quantity() > 0 ? List.of("BUYABLE", "DISCOVERABLE") : List.of("DISCOVERABLE");
    }

    /** The listing's issues in the given marketplaces, shaped like the Listings Items {@code Issue}. */
    public ArrayNode issues(Listing listing, List<String> marketplaceIds) {
        ArrayNode issues = json.createArrayNode();
        List<String> markets = marketplaceIds.stream().filter(listing::listedIn).toList();
        propagation.warnings(listing.sellerId(), listing.sku()).ifPresent(warnings -> {
            List<String> where =
                    markets.stream().filter(warnings.marketplaceIds()::contains).toList();
            if (!where.isEmpty()) {
                for (ListingIssue warning : warnings.issues()) {
                    ObjectNode issue = json.valueToTree(warning);
                    where.forEach(issue.putArray("marketplaceIds")::add);
                    issues.add(issue);
                }
            }
        });
        Map<String, PricingError> errors = world.pricingErrors(listing.sellerId(), listing.sku());
        for (String mp : markets) {
            PricingError error = errors.get(mp);
            if (error != null) {
                issues.add(pricingError(error));
            }
        }
        return issues;
    }

    /** The severities of the listing's issues in the given marketplaces, for {@code withIssueSeverity}. */
    public List<String> severities(Listing listing, List<String> marketplaceIds) {
        List<String> found = new ArrayList<>();
        issues(listing, marketplaceIds).forEach(i -> found.add(i.get("severity").asText()));
        return found;
    }

    private ObjectNode pricingError(PricingError error) {
        ObjectNode issue = json.createObjectNode();
        issue.put("code", PRICING_ERROR);
        issue.put(
                "message",
                "The listing was deactivated for a potential pricing error: its price "
                        + error.price().toPlainString()
                        + " is far below the reference price "
                        + error.referencePrice().toPlainString()
                        + ". Update the price to reactivate it.");
        issue.put("severity", "ERROR");
        issue.putArray("attributeNames").add("purchasable_offer");
        issue.putArray("categories").add("INVALID_PRICE");
        ObjectNode enforcements = issue.putObject("enforcements");
        enforcements.putArray("actions").addObject().put("action", "LISTING_SUPPRESSED");
        enforcements.putObject("exemption").put("status", "NOT_EXEMPT");
        issue.putArray("marketplaceIds").add(error.marketplaceId());
        return issue;
    }
}
