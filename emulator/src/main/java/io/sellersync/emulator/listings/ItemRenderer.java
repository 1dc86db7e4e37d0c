// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.listings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellersync.emulator.world.Listing;
import io.sellersync.emulator.world.Marketplace;
import io.sellersync.emulator.world.Offer;
import io.sellersync.emulator.world.World;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Renders a live listing as the Listings Items {@code Item}, dataset by dataset as {@code includedData} asks, for the
 * requested marketplaces only. Prices appear twice, as Amazon shows them: the written {@code purchasable_offer}
 * attribute and the read-only {@code offers[]} with a decimal-string amount.
 */
@Component
public class ItemRenderer {

    public static final List<String> DATASETS = List.of(
            "summaries",
            "attributes",
            "issues",
            "offers",
            "fulfillmentAvailability",
            "procurement",
            "relationships",
            "productTypes");

    private final ObjectMapper json;
    private final ListingHealth health;
    private final World world;

    public ItemRenderer(ObjectMapper json, ListingHealth health, World world) {
        this.json = json;
        this.health = health;
        this.world = world;
    }

    /** {@code AMAZON_EU} for a listing Amazon fulfils (its quantity is Amazon's stock), else {@code DEFAULT}. */
    private String channel(Listing listing) {
        return world.fulfilledByAmazon(listing.sellerId(), listing.sku()) ? "AMAZON_EU" : "DEFAULT";
    }

    public ObjectNode render(Listing listing, List<String> marketplaceIds, Collection<String> includedData) {
        List<String> markets = marketplaceIds.stream().filter(listing::listedIn).toList();
        ObjectNode item = json.createObjectNode();
        item.put("sku", listing.sku());
        if (includedData.contains("summaries")) {
            ArrayNode summaries = item.putArray("summaries");
            for (String mp : markets) {
                Offer offer = listing.offers().get(mp);
                ObjectNode s = summaries.addObject();
                s.put("marketplaceId", mp);
                s.put("asin", listing.asin());
                s.put("productType", listing.productType());
                s.put("conditionType", listing.conditionType());
                health.status(listing, mp).forEach(s.putArray("status")::add);
                if (listing.itemName() != null) {
                    s.put("itemName", listing.itemName());
                }
                s.put("createdDate", listing.createdDate().toString());
                s.put("lastUpdatedDate", listing.lastUpdatedDate().toString());
                ObjectNode image = s.putObject("mainImage");
                image.put("link", "https://m.media-amazon.com/images/I/" + listing.asin() + ".jpg");
                image.put("height", 500);
                image.put("width", 500);
            }
        }
        if (includedData.contains("attributes")) {
            item.set("attributes", attributes(listing, markets));
        }
        if (includedData.contains("issues")) {
            item.set("issues", health.issues(listing, markets));
        }
        if (includedData.contains("offers")) {
            ArrayNode offers = item.putArray("offers");
            for (String mp : markets) {
                Offer offer = listing.offers().get(mp);
                if (offer.price() == null) {
                    continue;
                }
                ObjectNode o = offers.addObject();
                o.put("marketplaceId", mp);
                o.put("offerType", "B2C");
                ObjectNode price = o.putObject("price");
                price.put("currencyCode", offer.currency());
                price.put("amount", offer.price().toPlainString());
                ObjectNode audience = o.putObject("audience");
                audience.put("value", "ALL");
                audience.put("displayName", "Sell on Amazon");
            }
        }
        if (includedData.contains("fulfillmentAvailability")) {
            ObjectNode fa = item.putArray("fulfillmentAvailability").addObject();
            fa.put("fulfillmentChannelCode", channel(listing));
            fa.put("quantity", listing.quantity());
        }
        if (includedData.contains("procurement")) {
            item.putArray("procurement");
        }
        if (includedData.contains("relationships")) {
            ArrayNode relationships = item.putArray("relationships");
            markets.forEach(mp -> {
                ObjectNode r = relationships.addObject();
                r.put("marketplaceId", mp);
                r.putArray("relationships");
            });
        }
        if (includedData.contains("productTypes")) {
            ArrayNode types = item.putArray("productTypes");
            markets.forEach(mp -> {
                ObjectNode t = types.addObject();
                t.put("marketplaceId", mp);
                t.put("productType", listing.productType());
            });
        }
        return item;
    }

    private ObjectNode attributes(Listing listing, List<String> markets) {
        ObjectNode attributes = json.createObjectNode();
        listing.attributes().forEach((name, value) -> attributes.set(name, value.deepCopy()));
        ArrayNode condition = attributes.putArray("condition_type");
        ArrayNode asin = attributes.putArray("merchant_suggested_asin");
        ArrayNode name = attributes.has("item_name") ? null : attributes.putArray("item_name");
        ArrayNode offers = attributes.putArray("purchasable_offer");
        for (String mp : markets) {
            condition.addObject().put("value", listing.conditionType()).put("marketplace_id", mp);
            asin.addObject().put("value", listing.asin()).put("marketplace_id", mp);
            if (name != null && listing.itemName() != null) {
                name.addObject()
                        .put("value", listing.itemName())
                        .put(
                                "language_tag",
                                Marketplace.byId(mp).map(Marketplace::locale).orElse("en_GB"))
                        .put("marketplace_id", mp);
            }
            Offer offer = listing.offers().get(mp);
            if (offer.price() != null) {
                ObjectNode o = offers.addObject();
                o.put("marketplace_id", mp);
                o.put("currency", offer.currency());
                o.put("audience", "ALL");
                o.putArray("our_price")
                        .addObject()
                        .putArray("schedule")
                        .addObject()
                        .put("value_with_tax", offer.price());
            }
        }
        attributes
                .putArray("fulfillment_availability")
                .addObject()
                .put("fulfillment_channel_code", channel(listing))
                .put("quantity", listing.quantity());
        return attributes;
    }
}
