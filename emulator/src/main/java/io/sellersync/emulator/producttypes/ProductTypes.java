// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.producttypes;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The product types of the emulated catalogue; fixed, so a world is the same for the same seed. */
public final class ProductTypes {

    /** Attributes every product type knows. */
    static final Set<String> COMMON = Set.of(
            "item_name",
            "brand",
            "condition_type",
            "condition_note",
            "purchasable_offer",
            "fulfillment_availability",
            "merchant_suggested_asin",
            "externally_assigned_product_identifier",
            "list_price",
            "bullet_point",
            "product_description",
            "main_product_image_locator",
            "country_of_origin",
            "batteries_required",
            "supplier_declared_dg_hz_regulation",
            "merchant_shipping_group",
            "skip_offer",
            "manufacturer",
            "model_number");

    private static final List<String> PRODUCT_FACTS = List.of("item_name", "brand", "merchant_suggested_asin");
    private static final List<String> OFFER_TERMS = List.of("merchant_suggested_asin", "condition_type");

    private static final Map<String, ProductTypeDefinition> DEFINITIONS = new TreeMap<>();

    static {
        add("LUGGAGE", "Luggage", "color", "size", "material", "number_of_wheels");
        add("SHOES", "Shoes", "color", "size", "footwear_size", "sole_material");
        add("KITCHEN", "Kitchen", "color", "material", "capacity");
        add("TOY_FIGURE", "Toy Figure", "color", "age_range_description", "is_assembly_required");
        add("HOME_BED_AND_BATH", "Home Bed and Bath", "color", "size", "material", "thread_count");
    }

    private ProductTypes() {}

    private static void add(String name, String displayName, String... specific) {
        Set<String> attributes = new HashSet<>(COMMON);
        attributes.addAll(List.of(specific));
        DEFINITIONS.put(name, new ProductTypeDefinition(name, displayName, attributes, PRODUCT_FACTS, OFFER_TERMS));
    }

    public static Optional<ProductTypeDefinition> find(String name) {
        return Optional.ofNullable(name).map(DEFINITIONS::get);
    }

    public static List<String> names() {
        return List.copyOf(DEFINITIONS.keySet());
    }
}
