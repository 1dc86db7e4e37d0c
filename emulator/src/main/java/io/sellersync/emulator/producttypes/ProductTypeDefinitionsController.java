// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.producttypes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellersync.emulator.spapi.Params;
import io.sellersync.emulator.spapi.SpApiCaller;
import io.sellersync.emulator.spapi.SpApiException;
import io.sellersync.emulator.world.Marketplace;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Product Type Definitions API 2020-09-01 for the catalogue's product types, plus the attribute schema document each
 * definition links to (served without a token, like Amazon's presigned schema links).
 */
@RestController
class ProductTypeDefinitionsController {

    static final String INVALID = "InvalidInput";
    static final String VERSION = "UHqSqmb4FNUk=";
    private static final Set<String> REQUIREMENTS = Set.of("LISTING", "LISTING_PRODUCT_ONLY", "LISTING_OFFER_ONLY");

    private final AttributeSchemas schemas;
    private final ObjectMapper json;

    ProductTypeDefinitionsController(AttributeSchemas schemas, ObjectMapper json) {
        this.schemas = schemas;
        this.json = json;
    }

    @GetMapping(path = "/definitions/2020-09-01/productTypes", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode searchDefinitionsProductTypes(
            HttpServletRequest request,
            @RequestParam(required = false) String keywords,
            @RequestParam(required = false) String marketplaceIds,
            @RequestParam(required = false) String itemName,
            @RequestParam(required = false) String locale,
            @RequestParam(required = false) String searchLocale) {
        SpApiCaller.of(request);
        List<String> markets = marketplaces(marketplaceIds, null);
        List<String> words = Params.csv(keywords).stream()
                .map(w -> w.toLowerCase(Locale.ROOT))
                .toList();
        if (!words.isEmpty() && itemName != null) {
            throw SpApiException.badRequest(INVALID, "keywords and itemName cannot be used together.");
        }
        String name = itemName == null ? null : itemName.toLowerCase(Locale.ROOT);
        ObjectNode result = json.createObjectNode();
        ArrayNode types = result.putArray("productTypes");
        for (String type : ProductTypes.names()) {
            ProductTypeDefinition definition = ProductTypes.find(type).orElseThrow();
            String haystack = (definition.name() + " " + definition.displayName())
                    .toLowerCase(Locale.ROOT)
                    .replace('_', ' ');
            boolean matches = words.isEmpty() && name == null
                    || words.stream().anyMatch(haystack::contains)
                    || name != null && List.of(haystack.split(" ")).stream().anyMatch(name::contains);
            if (matches) {
                ObjectNode node = types.addObject();
                node.put("name", definition.name());
                node.put("displayName", definition.displayName());
                markets.forEach(node.putArray("marketplaceIds")::add);
            }
        }
        result.put("productTypeVersion", VERSION);
        return result;
    }

    @GetMapping(
            path = "/definitions/2020-09-01/productTypes/{productType}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode getDefinitionsProductType(
            HttpServletRequest request,
            @PathVariable String productType,
            @RequestParam(required = false) String sellerId,
            @RequestParam(required = false) String marketplaceIds,
            @RequestParam(required = false) String productTypeVersion,
            @RequestParam(required = false) String requirements,
            @RequestParam(required = false) String requirementsEnforced,
            @RequestParam(required = false) String locale,
            @RequestParam(required = false) String parentageLevel) {
        SpApiCaller caller = SpApiCaller.of(request);
        if (sellerId != null) {
            caller.requireSeller(sellerId);
        }
        List<String> markets = marketplaces(marketplaceIds, 1);
        Params.oneOf(INVALID, "requirements", requirements, REQUIREMENTS);
        Params.oneOf(INVALID, "requirementsEnforced", requirementsEnforced, Set.of("ENFORCED", "NOT_ENFORCED"));
        Params.oneOf(INVALID, "parentageLevel", parentageLevel, Set.of("NONE", "CHILD", "PARENT"));
        if (productTypeVersion != null
                && !Set.of("LATEST", "RELEASE_CANDIDATE", VERSION).contains(productTypeVersion)) {
            throw SpApiException.notFound("NOT_FOUND", "Product type version " + productTypeVersion + " not found.");
        }
        ProductTypeDefinition definition = ProductTypes.find(productType)
                .orElseThrow(() -> SpApiException.notFound(
                        "NOT_FOUND", "Product type " + productType + " not found in the requested marketplace."));
        String req = requirements == null ? "LISTING" : requirements;
        byte[] schema = schemas.schema(definition, req);
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        ObjectNode result = json.createObjectNode();
        ObjectNode metaSchema = result.putObject("metaSchema");
        metaSchema
                .putObject("link")
                .put("resource", AttributeSchemas.META_SCHEMA)
                .put("verb", "GET");
        metaSchema.put("checksum", AttributeSchemas.checksum(AttributeSchemas.META_SCHEMA.getBytes()));
        ObjectNode schemaLink = result.putObject("schema");
        schemaLink
                .putObject("link")
                .put("resource", base + "/_schemas/product-types/" + definition.name() + "?requirements=" + req)
                .put("verb", "GET");
        schemaLink.put("checksum", AttributeSchemas.checksum(schema));
        result.put("requirements", req);
        result.put("requirementsEnforced", requirementsEnforced == null ? "ENFORCED" : requirementsEnforced);
        ObjectNode groups = result.putObject("propertyGroups");
        group(
                groups,
                "offer",
                "Offer",
                definition,
                List.of(
                        "purchasable_offer",
                        "fulfillment_availability",
                        "condition_type",
                        "condition_note",
                        "list_price",
                        "merchant_shipping_group",
                        "skip_offer"));
        group(
                groups,
                "product_identity",
                "Product Identity",
                definition,
                List.of(
                        "item_name",
                        "brand",
                        "merchant_suggested_asin",
                        "externally_assigned_product_identifier",
                        "manufacturer",
                        "model_number"));
        result.put(
                "locale",
                locale == null || "DEFAULT".equals(locale)
                        ? Marketplace.byId(markets.get(0))
                                .map(Marketplace::locale)
                                .orElse("en_GB")
                        : locale);
        markets.forEach(result.putArray("marketplaceIds")::add);
        result.put("productType", definition.name());
        result.put("displayName", definition.displayName());
        ObjectNode version = result.putObject("productTypeVersion");
        version.put("version", VERSION);
        version.put("latest", true);
        version.put("releaseCandidate", false);
        return result;
    }

    @GetMapping(path = "/_schemas/product-types/{productType}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> schema(
            @PathVariable String productType, @RequestParam(required = false) String requirements) {
        return ProductTypes.find(productType)
                .map(d -> ResponseEntity.ok(schemas.schema(d, requirements == null ? "LISTING" : requirements)))
                .orElse(ResponseEntity.notFound().build());
    }

    private static void group(
            ObjectNode groups, String key, String title, ProductTypeDefinition definition, List<String> names) {
        ObjectNode group = groups.putObject(key);
        group.put("title", title);
        ArrayNode propertyNames = group.putArray("propertyNames");
        names.stream().filter(definition.attributes()::contains).forEach(propertyNames::add);
    }

    private static List<String> marketplaces(String marketplaceIds, Integer maxItems) {
        List<String> markets = Params.csv(marketplaceIds);
        if (markets.isEmpty()) {
            throw SpApiException.badRequest(INVALID, "Missing required parameter marketplaceIds.");
        }
        if (maxItems != null && markets.size() > maxItems) {
            throw SpApiException.badRequest(INVALID, "marketplaceIds is limited to " + maxItems + " value.");
        }
        markets.stream().filter(m -> Marketplace.byId(m).isEmpty()).findFirst().ifPresent(m -> {
            throw SpApiException.badRequest(INVALID, "Invalid marketplaceIds value '" + m + "'.");
        });
        return markets;
    }
}
