// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellersync.emulator.spapi.Params;
import io.sellersync.emulator.spapi.SpApiCaller;
import io.sellersync.emulator.spapi.SpApiException;
import io.sellersync.emulator.world.CatalogItem;
import io.sellersync.emulator.world.Listing;
import io.sellersync.emulator.world.Marketplace;
import io.sellersync.emulator.world.World;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Catalog Items API 2022-04-01 over the world's catalogue: the ASINs listings attach to, with their product types,
 * EANs and names, so a client can find an ASIN and its product type before it lists an offer.
 */
@RestController
@RequestMapping(path = "/catalog/2022-04-01/items", produces = MediaType.APPLICATION_JSON_VALUE)
class CatalogItemsController {

    static final String INVALID = "InvalidInput";
    private static final List<String> DATASETS = List.of(
            "attributes",
            "classifications",
            "dimensions",
            "identifiers",
            "images",
            "productTypes",
            "relationships",
            "salesRanks",
            "summaries",
            "vendorDetails");
    private static final Set<String> IDENTIFIER_TYPES =
            Set.of("ASIN", "EAN", "GTIN", "ISBN", "JAN", "MINSAN", "SKU", "UPC");
    private static final int SEARCH_CAP = 1000;

    private final World world;
    private final ObjectMapper json;

    CatalogItemsController(World world, ObjectMapper json) {
        this.world = world;
        this.json = json;
    }

    @GetMapping("/{asin}")
    ObjectNode getCatalogItem(
            HttpServletRequest request,
            @PathVariable String asin,
            @RequestParam(required = false) String marketplaceIds,
            @RequestParam(required = false) String includedData,
            @RequestParam(required = false) String locale) {
        SpApiCaller.of(request);
        List<String> markets = marketplaces(marketplaceIds, null);
        List<String> data = includedData(includedData);
        CatalogItem item = world.catalogItem(asin)
                .orElseThrow(() -> SpApiException.notFound("NOT_FOUND", "Requested item '" + asin + "' not found"));
        return render(item, markets, data);
    }

    @GetMapping
    ObjectNode searchCatalogItems(
            HttpServletRequest request,
            @RequestParam(required = false) String identifiers,
            @RequestParam(required = false) String identifiersType,
            @RequestParam(required = false) String marketplaceIds,
            @RequestParam(required = false) String includedData,
            @RequestParam(required = false) String locale,
            @RequestParam(required = false) String sellerId,
            @RequestParam(required = false) String keywords,
            @RequestParam(required = false) String brandNames,
            @RequestParam(required = false) String classificationIds,
            @RequestParam(required = false) String pageSize,
            @RequestParam(required = false) String pageToken,
            @RequestParam(required = false) String keywordsLocale) {
        SpApiCaller caller = SpApiCaller.of(request);
        List<String> markets = marketplaces(marketplaceIds, 1);
        List<String> data = includedData(includedData);
        List<String> ids = Params.csv(identifiers);
        List<String> words = Params.csv(keywords);
        if (ids.size() > 20 || words.size() > 20) {
            throw SpApiException.badRequest(INVALID, "identifiers and keywords accept at most 20 values.");
        }
        if (ids.isEmpty() == words.isEmpty()) {
            throw SpApiException.badRequest(INVALID, "Exactly one of identifiers or keywords is required.");
        }
        Params.oneOf(INVALID, "identifiersType", identifiersType, IDENTIFIER_TYPES);
        if (!ids.isEmpty() && identifiersType == null) {
            throw SpApiException.badRequest(INVALID, "identifiersType is required with identifiers.");
        }
        if ("SKU".equals(identifiersType) && sellerId == null) {
            throw SpApiException.badRequest(INVALID, "sellerId is required when identifiersType is SKU.");
        }
        if (!words.isEmpty() && (identifiersType != null)) {
            throw SpApiException.badRequest(INVALID, "identifiersType cannot be combined with keywords.");
        }
        if (ids.isEmpty() && (brandNames == null && classificationIds == null) && words.isEmpty()) {
            throw SpApiException.badRequest(INVALID, "keywords are required.");
        }
        int size = Params.integer(INVALID, "pageSize", pageSize, 10, 1, 20);
        int offset = decode(pageToken);
        List<String> brands = Params.csv(brandNames);

        Predicate<CatalogItem> filter;
        if (!ids.isEmpty()) {
            filter = switch (identifiersType) {
                case "ASIN" -> i -> ids.contains(i.asin());
                case "EAN", "GTIN" -> i -> ids.contains(i.ean());
                case "SKU" -> {
                    if (!caller.sellerId().equals(sellerId)) {
                        throw SpApiException.unauthorized(
                                "The access token does not grant access to seller " + sellerId + ".");
                    }
                    Set<String> asins = world.listings(sellerId).stream()
                            .filter(l -> ids.contains(l.sku()))
                            .map(Listing::asin)
                            .collect(java.util.stream.Collectors.toSet());
                    yield i -> asins.contains(i.asin());
                }
                default -> i -> false;
            };
        } else {
            List<String> lower =
                    words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
            filter = i -> lower.stream()
                    .allMatch(w -> (i.itemName() + " " + i.brand())
                            .toLowerCase(Locale.ROOT)
                            .contains(w));
        }
        if (!brands.isEmpty()) {
            filter = filter.and(i -> brands.contains(i.brand()));
        }
        if (classificationIds != null) {
            filter = filter.and(i -> false);
        }
        List<CatalogItem> found = world.catalog().stream().filter(filter).toList();
        List<CatalogItem> pageable = found.subList(0, Math.min(found.size(), SEARCH_CAP));
        ObjectNode result = json.createObjectNode();
        result.put("numberOfResults", found.size());
        int end = Math.min(pageable.size(), offset + size);
        if (offset > 0 || end < pageable.size()) {
            ObjectNode pagination = result.putObject("pagination");
            if (end < pageable.size()) {
                pagination.put("nextToken", encode(end));
            }
            if (offset > 0) {
                pagination.put("previousToken", encode(Math.max(0, offset - size)));
            }
        }
        if (!words.isEmpty()) {
            ObjectNode refinements = result.putObject("refinements");
            ArrayNode brandRefinements = refinements.putArray("brands");
            Map<String, Integer> counts = new TreeMap<>();
            found.forEach(i -> counts.merge(i.brand(), 1, Integer::sum));
            counts.forEach((brand, n) ->
                    brandRefinements.addObject().put("numberOfResults", n).put("brandName", brand));
            refinements.putArray("classifications");
        }
        ArrayNode items = result.putArray("items");
        if (offset < pageable.size()) {
            pageable.subList(offset, end).forEach(i -> items.add(render(i, markets, data)));
        }
        return result;
    }

    private ObjectNode render(CatalogItem item, List<String> markets, List<String> data) {
        ObjectNode node = json.createObjectNode();
        node.put("asin", item.asin());
        if (data.contains("attributes")) {
            ObjectNode attributes = node.putObject("attributes");
            ArrayNode name = attributes.putArray("item_name");
            ArrayNode brand = attributes.putArray("brand");
            for (String mp : markets) {
                String tag = Marketplace.byId(mp).map(Marketplace::locale).orElse("en_GB");
                name.addObject()
                        .put("value", item.itemName())
                        .put("language_tag", tag)
                        .put("marketplace_id", mp);
                brand.addObject()
                        .put("value", item.brand())
                        .put("language_tag", tag)
                        .put("marketplace_id", mp);
            }
        }
        if (data.contains("identifiers")) {
            ArrayNode identifiers = node.putArray("identifiers");
            for (String mp : markets) {
                ObjectNode byMarketplace = identifiers.addObject();
                byMarketplace.put("marketplaceId", mp);
                byMarketplace
                        .putArray("identifiers")
                        .addObject()
                        .put("identifierType", "EAN")
                        .put("identifier", item.ean());
            }
        }
        if (data.contains("images")) {
            ArrayNode images = node.putArray("images");
            for (String mp : markets) {
                ObjectNode byMarketplace = images.addObject();
                byMarketplace.put("marketplaceId", mp);
                byMarketplace
                        .putArray("images")
                        .addObject()
                        .put("variant", "MAIN")
                        .put("link", "https://m.media-amazon.com/images/I/" + item.asin() + ".jpg")
                        .put("height", 500)
                        .put("width", 500);
            }
        }
        if (data.contains("productTypes")) {
            ArrayNode types = node.putArray("productTypes");
            markets.forEach(mp -> types.addObject().put("marketplaceId", mp).put("productType", item.productType()));
        }
        if (data.contains("summaries")) {
            ArrayNode summaries = node.putArray("summaries");
            for (String mp : markets) {
                summaries
                        .addObject()
                        .put("marketplaceId", mp)
                        .put("brand", item.brand())
                        .put("itemClassification", "BASE_PRODUCT")
                        .put("itemName", item.itemName())
                        .put("manufacturer", item.brand())
                        .put("packageQuantity", 1)
                        .put(
                                "websiteDisplayGroup",
                                item.productType().toLowerCase(Locale.ROOT) + "_display_on_website");
            }
        }
        return node;
    }

    private List<String> marketplaces(String marketplaceIds, Integer maxItems) {
        List<String> markets = Params.csv(marketplaceIds);
        if (markets.isEmpty()) {
            throw SpApiException.badRequest(INVALID, "Missing required parameter marketplaceIds.");
        }
        if (maxItems != null && markets.size() > maxItems) {
            throw SpApiException.badRequest(INVALID, "marketplaceIds accepts at most " + maxItems + " value(s).");
        }
        Optional<String> unknown =
                markets.stream().filter(m -> Marketplace.byId(m).isEmpty()).findFirst();
        if (unknown.isPresent()) {
            throw SpApiException.badRequest(INVALID, "Invalid marketplaceIds value '" + unknown.get() + "'.");
        }
        return markets;
    }

    private static List<String> includedData(String includedData) {
        List<String> data = Params.csvEnum(INVALID, "includedData", includedData, DATASETS);
        return data.isEmpty() ? List.of("summaries") : data;
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("catalog-page:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String token) {
        if (token == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith("catalog-page:")) {
                return Integer.parseInt(decoded.substring("catalog-page:".length()));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw SpApiException.badRequest(INVALID, "Invalid pageToken.");
    }
}
