// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.producttypes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The JSON Schema a product type definition links to: small, but shaped like Amazon's (every attribute an array of
 * objects with selectors such as {@code marketplace_id}), so a client can read attribute names, required attributes and
 * the {@code purchasable_offer} / {@code fulfillment_availability} structure from it.
 */
@Component
public class AttributeSchemas {

    public static final String META_SCHEMA =
            "https://schemas.amazon.com/selling-partners/definitions/product-types/" + "meta-schema/v1";

    private final ObjectMapper json;

    public AttributeSchemas(ObjectMapper json) {
        this.json = json;
    }

    public byte[] schema(ProductTypeDefinition type, String requirements) {
        ObjectNode root = json.createObjectNode();
        root.put("$schema", META_SCHEMA);
        root.put(
                "$id",
                "https://schemas.amazon.com/selling-partners/definitions/product-types/schema/v1/" + type.name());
        root.put("title", "Amazon Product Type Definition for " + type.name());
        root.put("type", "object");
        ArrayNode required = root.putArray("required");
        type.required(requirements).forEach(required::add);
        ObjectNode properties = root.putObject("properties");
        for (String attribute : new TreeSet<>(type.attributes())) {
            properties.set(attribute, attribute(attribute));
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base64 of the MD5 digest, as {@code SchemaLink.checksum} is defined. */
    public static String checksum(byte[] content) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode attribute(String name) {
        ObjectNode attribute = json.createObjectNode();
        attribute.put("title", name.replace('_', ' '));
        attribute.put("type", "array");
        attribute.put("minItems", 1);
        ObjectNode item = attribute.putObject("items");
        item.put("type", "object");
        ObjectNode props = item.putObject("properties");
        switch (name) {
            case "purchasable_offer" -> {
                item.putArray("required").add("marketplace_id").add("currency");
                string(props, "marketplace_id");
                string(props, "currency");
                props.putObject("audience").put("type", "string").put("default", "ALL");
                ObjectNode ourPrice = props.putObject("our_price");
                ourPrice.put("type", "array");
                ObjectNode schedule = ourPrice.putObject("items")
                        .put("type", "object")
                        .putObject("properties")
                        .putObject("schedule");
                schedule.put("type", "array");
                ObjectNode value = schedule.putObject("items").put("type", "object");
                value.putArray("required").add("value_with_tax");
                value.putObject("properties")
                        .putObject("value_with_tax")
                        .put("type", "number")
                        .put("minimum", 0.01);
            }
            case "list_price" -> {
                // the Listings Items model's own example: {"currency": "USD", "value": 3799.99}
                item.putArray("required").add("currency").add("value");
                string(props, "marketplace_id");
                string(props, "currency");
                props.putObject("value").put("type", "number").put("minimum", 0.01);
            }
            case "fulfillment_availability" -> {
                item.putArray("required").add("fulfillment_channel_code");
                string(props, "fulfillment_channel_code");
                props.putObject("quantity").put("type", "integer").put("minimum", 0);
            }
            case "condition_type" -> {
                item.putArray("required").add("value");
                ObjectNode value = string(props, "value");
                ArrayNode values = value.putArray("enum");
                List.of(
                                "new_new",
                                "new_open_box",
                                "new_oem",
                                "refurbished_refurbished",
                                "used_like_new",
                                "used_very_good",
                                "used_good",
                                "used_acceptable",
                                "collectible_like_new",
                                "collectible_very_good",
                                "collectible_good",
                                "collectible_acceptable",
                                "club_club")
                        .forEach(values::add);
                string(props, "marketplace_id");
            }
            default -> {
                item.putArray("required").add("value");
                string(props, "value");
                string(props, "marketplace_id");
                string(props, "language_tag");
            }
        }
        return attribute;
    }

    private static ObjectNode string(ObjectNode properties, String name) {
        return properties.putObject(name).put("type", "string");
    }
}
