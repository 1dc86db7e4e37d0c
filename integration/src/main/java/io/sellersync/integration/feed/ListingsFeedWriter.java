// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.FeedOperation;
import io.sellersync.messages.shared.Marketplace;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.shared.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes the exact {@code JSON_LISTINGS_FEED} document (PRODUCT.md §3.4, SPAPI-CONTRACT §5) for one seller and
 * marketplace: UTF-8, compact, fields in a fixed order, so the same messages always give the same bytes.
 *
 * <ul>
 *   <li>Header: {@code sellerId}, {@code version "2.0"}, {@code issueLocale} from the marketplace's language tag
 *       ({@code en_GB}, {@code de_DE}; left out for a marketplace we do not know, Amazon then uses its default).
 *   <li>{@code PATCH} (existing SKU): {@code replace} patches of {@code /attributes/purchasable_offer} when the message
 *       has a price ({@code marketplace_id}, {@code currency}, {@code our_price[].schedule[].value_with_tax}; no
 *       {@code audience}: with {@code ALL} Amazon has been seen to set the price to 0), {@code /attributes/list_price}
 *       with it where the marketplace requires a list price ({@link Marketplace#listPriceRequired()}, the UK), and
 *       {@code /attributes/fulfillment_availability} ({@code DEFAULT} channel) when it has a quantity. Never
 *       {@code requirements} (the schema forbids it on {@code PATCH}).
 *   <li>{@code UPDATE} (new SKU on an existing ASIN): {@code requirements: LISTING_OFFER_ONLY}, the product type, and
 *       {@code merchant_suggested_asin}, {@code condition_type}, {@code purchasable_offer}, {@code list_price} where
 *       required, {@code fulfillment_availability}.
 * </ul>
 *
 * Amounts are written from the {@link java.math.BigDecimal} as plain decimal numbers ({@code 12.50}), never through a
 * double. {@code list_price} follows the shape of Amazon's Listings Items model example ({@code currency},
 * {@code value}, {@code marketplace_id}) with the price being sent.
 */
public final class ListingsFeedWriter {

    public static final String VERSION = "2.0";
    public static final String OFFER_ONLY = "LISTING_OFFER_ONLY";
    public static final String PURCHASABLE_OFFER = "purchasable_offer";
    public static final String LIST_PRICE = "list_price";
    public static final String FULFILLMENT_AVAILABILITY = "fulfillment_availability";

    private static final JsonFactory JSON = new JsonFactory();

    private ListingsFeedWriter() {}

    /** The document's bytes. */
    public static byte[] write(String sellerId, MarketplaceId marketplace, List<FeedMessage> messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + messages.size() * 400);
        write(sellerId, marketplace, messages, out);
        return out.toByteArray();
    }

    /** Streams the document to {@code out} (not closed). */
    public static void write(String sellerId, MarketplaceId marketplace, List<FeedMessage> messages, OutputStream out) {
        Optional<Marketplace> known = Marketplaces.find(marketplace);
        boolean listPrice = known.map(Marketplace::listPriceRequired).orElse(false);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeObjectFieldStart("header");
            json.writeStringField("sellerId", sellerId);
            json.writeStringField("version", VERSION);
            if (known.isPresent()) {
                json.writeStringField("issueLocale", known.get().languageTag());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("messages");
            for (FeedMessage message : messages) {
                message(json, message, marketplace, listPrice);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void message(JsonGenerator json, FeedMessage message, MarketplaceId marketplace, boolean listPrice)
            throws IOException {
        json.writeStartObject();
        json.writeNumberField("messageId", message.messageId());
        json.writeStringField("sku", message.sku());
        json.writeStringField("operationType", message.operation().name());
        json.writeStringField("productType", message.productType());
        if (message.operation() == FeedOperation.UPDATE) {
            json.writeStringField("requirements", OFFER_ONLY);
            json.writeObjectFieldStart("attributes");
            json.writeArrayFieldStart("merchant_suggested_asin");
            valueItem(json, message.asin(), marketplace);
            json.writeEndArray();
            if (message.condition() != null) {
                json.writeArrayFieldStart("condition_type");
                valueItem(json, message.condition().code(), marketplace);
                json.writeEndArray();
            }
            if (message.price() != null) {
                json.writeArrayFieldStart(PURCHASABLE_OFFER);
                offer(json, message.price(), marketplace);
                json.writeEndArray();
                if (listPrice) {
                    json.writeArrayFieldStart(LIST_PRICE);
                    listPrice(json, message.price(), marketplace);
                    json.writeEndArray();
                }
            }
            if (message.quantity() != null) {
                json.writeArrayFieldStart(FULFILLMENT_AVAILABILITY);
                availability(json, message.quantity());
                json.writeEndArray();
            }
            json.writeEndObject();
        } else {
            json.writeArrayFieldStart("patches");
            if (message.price() != null) {
                patchStart(json, PURCHASABLE_OFFER);
                offer(json, message.price(), marketplace);
                patchEnd(json);
                if (listPrice) {
                    patchStart(json, LIST_PRICE);
                    listPrice(json, message.price(), marketplace);
                    patchEnd(json);
                }
            }
            if (message.quantity() != null) {
                patchStart(json, FULFILLMENT_AVAILABILITY);
                availability(json, message.quantity());
                patchEnd(json);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void patchStart(JsonGenerator json, String attribute) throws IOException {
        json.writeStartObject();
        json.writeStringField("op", "replace");
        json.writeStringField("path", "/attributes/" + attribute);
        json.writeArrayFieldStart("value");
    }

    private static void patchEnd(JsonGenerator json) throws IOException {
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void valueItem(JsonGenerator json, String value, MarketplaceId marketplace) throws IOException {
        json.writeStartObject();
        json.writeStringField("value", value);
        json.writeStringField("marketplace_id", marketplace.value());
        json.writeEndObject();
    }

    private static void offer(JsonGenerator json, Money price, MarketplaceId marketplace) throws IOException {
        json.writeStartObject();
        json.writeStringField("marketplace_id", marketplace.value());
        json.writeStringField("currency", price.currency().getCurrencyCode());
        json.writeArrayFieldStart("our_price");
        json.writeStartObject();
        json.writeArrayFieldStart("schedule");
        json.writeStartObject();
        json.writeFieldName("value_with_tax");
        amount(json, price);
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void listPrice(JsonGenerator json, Money price, MarketplaceId marketplace) throws IOException {
        json.writeStartObject();
        json.writeStringField("marketplace_id", marketplace.value());
        json.writeStringField("currency", price.currency().getCurrencyCode());
        json.writeFieldName("value");
        amount(json, price);
        json.writeEndObject();
    }

    private static void availability(JsonGenerator json, int quantity) throws IOException {
        json.writeStartObject();
        json.writeStringField("fulfillment_channel_code", "DEFAULT");
        json.writeNumberField("quantity", quantity);
        json.writeEndObject();
    }

    /** The exact decimal as a JSON number: {@code toPlainString}, so 1E+3 is written 1000, never through a double. */
    private static void amount(JsonGenerator json, Money price) throws IOException {
        json.writeNumber(price.amount().toPlainString());
    }
}
