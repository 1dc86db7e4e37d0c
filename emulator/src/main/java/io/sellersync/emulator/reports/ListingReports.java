// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.reports;

import io.sellersync.emulator.world.Listing;
import io.sellersync.emulator.world.Offer;
import io.sellersync.emulator.world.World;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tab-separated merchant listings reports, with the flat-file columns of {@code GET_MERCHANT_LISTINGS_ALL_DATA}
 * (the layout is not in Amazon's models; this is the widely documented one). {@code _DATA} keeps active rows only,
 * {@code _INACTIVE_DATA} inactive ones.
 */
final class ListingReports {

    static final String ALL = "GET_MERCHANT_LISTINGS_ALL_DATA";
    static final String ACTIVE = "GET_MERCHANT_LISTINGS_DATA";
    static final String INACTIVE = "GET_MERCHANT_LISTINGS_INACTIVE_DATA";
    static final Set<String> TYPES = Set.of(ALL, ACTIVE, INACTIVE);

    static final List<String> COLUMNS = List.of(
            "item-name",
            "item-description",
            "listing-id",
            "seller-sku",
            "price",
            "quantity",
            "open-date",
            "image-url",
            "item-is-marketplace",
            "product-id-type",
            "zshop-shipping-fee",
            "item-note",
            "item-condition",
            "zshop-category1",
            "zshop-browse-path",
            "zshop-storefront-feature",
            "asin1",
            "asin2",
            "asin3",
            "will-ship-internationally",
            "expedited-shipping",
            "zshop-boldface",
            "product-id",
            "bid-for-featured-placement",
            "add-delete",
            "pending-quantity",
            "fulfillment-channel",
            "merchant-shipping-group",
            "status");

    private static final DateTimeFormatter OPEN_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'").withZone(ZoneOffset.UTC);

    private ListingReports() {}

    /**
     * The report over the seller's live listings: an offer is active when it is buyable (priced, in stock, not
     * deactivated for a pricing error); the fulfilment channel is {@code AMAZON_EU} for FBA listings.
     */
    static byte[] render(String reportType, World world, String sellerId, List<String> marketplaceIds) {
        StringBuilder out = new StringBuilder(String.join("\t", COLUMNS)).append('\n');
        for (Listing listing : world.listings(sellerId)) {
            for (String marketplaceId : marketplaceIds) {
                Offer offer = listing.offers().get(marketplaceId);
                if (offer == null) {
                    continue;
                }
                boolean active = offer.price() != null
                        && listing.quantity() > 0
                        && !world.pricingErrors(sellerId, listing.sku()).containsKey(marketplaceId);
                if (ACTIVE.equals(reportType) && !active || INACTIVE.equals(reportType) && active) {
                    continue;
                }
                String listingId = Integer.toString(Math.abs((listing.sku() + marketplaceId).hashCode()), 36)
                        .toUpperCase(Locale.ROOT);
                List<String> row = List.of(
                        clean(listing.itemName()),
                        "",
                        listingId,
                        listing.sku(),
                        offer.price() == null ? "" : offer.price().toPlainString(),
                        Integer.toString(listing.quantity()),
                        OPEN_DATE.format(listing.createdDate()),
                        "",
                        "y",
                        "1",
                        "",
                        "",
                        condition(listing.conditionType()),
                        "",
                        "",
                        "",
                        listing.asin(),
                        "",
                        "",
                        "",
                        "",
                        "",
                        listing.asin(),
                        "",
                        "",
                        "0",
                        world.fulfilledByAmazon(sellerId, listing.sku()) ? "AMAZON_EU" : "DEFAULT",
                        "Migrated Template",
                        active ? "Active" : "Inactive");
                out.append(String.join("\t", row)).append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The flat-file condition code: 11 new, 1-4 used, 5-8 collectible, 10 refurbished. */
    private static String condition(String conditionType) {
        return switch (conditionType) {
            case "used_like_new" -> "1";
            case "used_very_good" -> "2";
            case "used_good" -> "3";
            case "used_acceptable" -> "4";
            case "collectible_like_new" -> "5";
            case "collectible_very_good" -> "6";
            case "collectible_good" -> "7";
            case "collectible_acceptable" -> "8";
            case "refurbished_refurbished" -> "10";
            default -> "11";
        };
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ');
    }
}
