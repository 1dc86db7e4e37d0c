// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.listings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellersync.emulator.producttypes.ProductTypeDefinition;
import io.sellersync.emulator.producttypes.ProductTypes;
import io.sellersync.emulator.world.CatalogItem;
import io.sellersync.emulator.world.Listing;
import io.sellersync.emulator.world.Marketplace;
import io.sellersync.emulator.world.Offer;
import io.sellersync.emulator.world.World;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Applies the product-type rules to a listings submission and turns it into changes, the same way for the Listings
 * Items API and for feed messages: unknown attributes, missing required attributes, offers without a currency or in the
 * wrong currency, invalid condition types, and a new offer whose requirements demand product facts it lacks.
 */
@Component
public class SubmissionPlanner {

    static final Set<String> CONDITION_TYPES = Set.of(
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
            "club_club");

    private static final Pattern TOP_LEVEL_PATH = Pattern.compile("^/attributes/([A-Za-z0-9_]+)$");
    private static final Set<String> MODELLED =
            Set.of("purchasable_offer", "fulfillment_availability", "condition_type", "merchant_suggested_asin");

    private final World world;

    public SubmissionPlanner(World world) {
        this.world = world;
    }

    /** Plans the submission against the world as it is at {@code now}. */
    public Plan plan(Submission s, Instant now) {
        Optional<Listing> existing = world.listing(s.sellerId(), s.sku());
        if ("DELETE".equals(s.operationType())) {
            return new Plan(
                    List.of(),
                    List.of(new ListingChange.Delete(s.marketplaceIds())),
                    existing.map(Listing::asin).orElse(null));
        }
        List<ListingIssue> issues = new ArrayList<>();
        Optional<ProductTypeDefinition> type = ProductTypes.find(s.productType());
        if (type.isEmpty()) {
            issues.add(ListingIssue.unknownProductType(s.productType()));
            return new Plan(issues, List.of(), existing.map(Listing::asin).orElse(null));
        }
        return switch (s.operationType()) {
            case "UPDATE" -> planUpdate(s, type.get(), existing, issues, now);
            case "PARTIAL_UPDATE", "PATCH" -> planPatch(s, type.get(), existing, issues);
            default -> throw new IllegalArgumentException("unknown operationType " + s.operationType());
        };
    }

    private Plan planPatch(
            Submission s, ProductTypeDefinition type, Optional<Listing> existing, List<ListingIssue> issues) {
        List<Submission.Patch> patches = new ArrayList<>(s.patches());
        if ("PARTIAL_UPDATE".equals(s.operationType())) {
            Iterator<Map.Entry<String, JsonNode>> fields = s.attributes().fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                patches.add(new Submission.Patch("replace", "/attributes/" + field.getKey(), field.getValue()));
            }
        }
        if (existing.isEmpty()) {
            issues.add(ListingIssue.general(
                    "4000004",
                    "The SKU '" + s.sku() + "' does not exist for this seller; create it with a full update first.",
                    "ERROR"));
            return new Plan(issues, List.of(), null);
        }
        Listing listing = existing.get();
        List<ListingChange> changes = new ArrayList<>();
        for (Submission.Patch patch : patches) {
            Matcher m = TOP_LEVEL_PATH.matcher(patch.path() == null ? "" : patch.path());
            if (!m.matches()) {
                issues.add(ListingIssue.general(
                        "90000900",
                        "The patch path '" + patch.path()
                                + "' is invalid: only top-level attributes (/attributes/<name>) can be patched.",
                        "ERROR"));
                continue;
            }
            String name = m.group(1);
            if (!type.attributes().contains(name)) {
                issues.add(ListingIssue.unknownAttribute(name, type.name()));
                continue;
            }
            if ("delete".equals(patch.op())) {
                deleteAttribute(name, listing, s, changes, issues);
                continue;
            }
            if (patch.value() == null
                    || !patch.value().isArray()
                    || patch.value().isEmpty()) {
                issues.add(ListingIssue.tooFewValues(name, "value"));
                continue;
            }
            interpret(name, patch.value(), "merge".equals(patch.op()), listing, s, changes, issues);
        }
        return new Plan(issues, changes, listing.asin());
    }

    private void deleteAttribute(
            String name, Listing listing, Submission s, List<ListingChange> changes, List<ListingIssue> issues) {
        switch (name) {
            case "purchasable_offer" ->
                s.marketplaceIds()
                        .forEach(mp -> changes.add(new ListingChange.SetPrice(
                                mp,
                                Marketplace.byId(mp).map(Marketplace::currency).orElse(null),
                                null)));
            case "fulfillment_availability" -> changes.add(new ListingChange.SetQuantity(0));
            case "condition_type", "merchant_suggested_asin" ->
                issues.add(ListingIssue.invalidValue(name, "It is required for an offer and cannot be deleted."));
            default -> {
                if (listing.attributes().containsKey(name) || !MODELLED.contains(name)) {
                    changes.add(new ListingChange.SetAttribute(name, null));
                }
            }
        }
    }

    private Plan planUpdate(
            Submission s,
            ProductTypeDefinition type,
            Optional<Listing> existing,
            List<ListingIssue> issues,
            Instant now) {
        ObjectNode attributes = s.attributes();
        Iterator<String> names = attributes.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!type.attributes().contains(name)) {
                issues.add(ListingIssue.unknownAttribute(name, type.name()));
            }
        }
        for (String required : type.required(s.requirements())) {
            boolean satisfiedByExisting = "merchant_suggested_asin".equals(required) && existing.isPresent();
            if (!attributes.has(required) && !satisfiedByExisting) {
                issues.add(ListingIssue.missing(required));
            }
        }
        String asin = existing.map(Listing::asin).orElse(null);
        JsonNode suggested = attributes.path("merchant_suggested_asin").path(0).path("value");
        if (suggested.isTextual()) {
            Optional<CatalogItem> item = world.catalogItem(suggested.asText());
            if (item.isEmpty()) {
                issues.add(ListingIssue.invalidValue(
                        "merchant_suggested_asin", "ASIN " + suggested.asText() + " is not in the Amazon catalog."));
            } else if (asin != null && !asin.equals(item.get().asin())) {
                issues.add(ListingIssue.invalidValue(
                        "merchant_suggested_asin", "The SKU is already matched to ASIN " + asin + "."));
            } else {
                asin = item.get().asin();
            }
        }
        Listing base = existing.orElse(null);
        List<ListingChange> partial = new ArrayList<>();
        Map<String, JsonNode> extras = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = attributes.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (!type.attributes().contains(name) || "merchant_suggested_asin".equals(name)) {
                continue;
            }
            if (!field.getValue().isArray() || field.getValue().isEmpty()) {
                issues.add(ListingIssue.tooFewValues(name, "value"));
                continue;
            }
            if (MODELLED.contains(name)) {
                interpret(name, field.getValue(), false, base, s, partial, issues);
            } else {
                extras.put(name, field.getValue());
            }
        }
        if (asin == null && issues.stream().noneMatch(ListingIssue::isError)) {
            issues.add(ListingIssue.missing("merchant_suggested_asin"));
        }
        if (issues.stream().anyMatch(ListingIssue::isError)) {
            return new Plan(issues, List.of(), asin);
        }
        String resolvedAsin = asin;
        String condition = partial.stream()
                .filter(ListingChange.SetCondition.class::isInstance)
                .map(c -> ((ListingChange.SetCondition) c).conditionType())
                .findFirst()
                .orElse(base == null ? "new_new" : base.conditionType());
        Integer quantity = partial.stream()
                .filter(ListingChange.SetQuantity.class::isInstance)
                .map(c -> ((ListingChange.SetQuantity) c).quantity())
                .findFirst()
                .orElse(null);
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        partial.stream()
                .filter(ListingChange.SetPrice.class::isInstance)
                .map(ListingChange.SetPrice.class::cast)
                .forEach(p -> prices.put(p.marketplaceId(), p.price()));
        String itemName = extras.containsKey("item_name")
                ? extras.get("item_name").path(0).path("value").asText()
                : world.catalogItem(resolvedAsin).map(CatalogItem::itemName).orElse(null);
        List<ListingChange> changes = new ArrayList<>();
        if (base == null) {
            Map<String, Offer> offers = new LinkedHashMap<>();
            for (String mp : s.marketplaceIds()) {
                offers.put(mp, new Offer(mp, currency(mp), prices.get(mp), now));
            }
            changes.add(new ListingChange.Upsert(new Listing(
                    s.sellerId(),
                    s.sku(),
                    resolvedAsin,
                    type.name(),
                    condition,
                    itemName,
                    quantity == null ? 0 : quantity,
                    now,
                    now,
                    offers,
                    extras)));
            return new Plan(issues, changes, resolvedAsin);
        }
        Map<String, Offer> offers = new LinkedHashMap<>(base.offers());
        for (String mp : s.marketplaceIds()) {
            offers.putIfAbsent(mp, new Offer(mp, currency(mp), null, now));
        }
        changes.add(new ListingChange.Upsert(new Listing(
                s.sellerId(),
                s.sku(),
                resolvedAsin,
                type.name(),
                condition,
                itemName,
                base.quantity(),
                base.createdDate(),
                now,
                offers,
                extras)));
        for (String mp : s.marketplaceIds()) {
            BigDecimal old = offers.get(mp).price();
            BigDecimal next = prices.get(mp);
            if (old == null ? next != null : next == null || old.compareTo(next) != 0) {
                changes.add(new ListingChange.SetPrice(mp, currency(mp), next));
            }
        }
        int newQuantity = quantity == null ? 0 : quantity;
        if (newQuantity != base.quantity()) {
            changes.add(new ListingChange.SetQuantity(newQuantity));
        }
        return new Plan(issues, changes, resolvedAsin);
    }

    /** Reads one modelled attribute's values into changes; others are stored as written. */
    private void interpret(
            String name,
            JsonNode values,
            boolean merge,
            Listing listing,
            Submission s,
            List<ListingChange> changes,
            List<ListingIssue> issues) {
        switch (name) {
            case "purchasable_offer" -> offers(values, s, changes, issues);
            case "fulfillment_availability" -> quantity(values, merge, listing, changes, issues);
            case "condition_type" -> {
                String value = values.path(0).path("value").asText(null);
                if (value == null) {
                    issues.add(ListingIssue.missing("condition_type.value"));
                } else if (!CONDITION_TYPES.contains(value)) {
                    issues.add(ListingIssue.invalidValue(
                            "condition_type", "'" + value + "' is not a valid condition type."));
                } else {
                    changes.add(new ListingChange.SetCondition(value));
                }
            }
            case "merchant_suggested_asin" ->
                issues.add(ListingIssue.invalidValue(
                        "merchant_suggested_asin", "The ASIN of an existing listing cannot be patched."));
            default -> changes.add(new ListingChange.SetAttribute(name, values));
        }
    }

    private void offers(JsonNode values, Submission s, List<ListingChange> changes, List<ListingIssue> issues) {
        for (JsonNode offer : values) {
            String marketplaceId = offer.path("marketplace_id").asText(null);
            if (marketplaceId == null) {
                issues.add(ListingIssue.missing("purchasable_offer.marketplace_id"));
                continue;
            }
            if (!s.marketplaceIds().contains(marketplaceId)) {
                issues.add(ListingIssue.invalidValue(
                        "purchasable_offer.marketplace_id",
                        "Marketplace " + marketplaceId + " is not one of the submission's marketplaceIds."));
                continue;
            }
            String audience = offer.path("audience").asText("ALL");
            if (!"ALL".equals(audience)) {
                issues.add(new ListingIssue(
                        "4000002",
                        "Only the ALL audience is emulated; the " + audience + " offer was ignored.",
                        "WARNING",
                        List.of("purchasable_offer.audience"),
                        List.of("INVALID_PRICE")));
                continue;
            }
            String currency = offer.path("currency").asText(null);
            if (currency == null) {
                issues.add(ListingIssue.missing("purchasable_offer.currency"));
                continue;
            }
            if (!currency.equals(currency(marketplaceId))) {
                issues.add(ListingIssue.invalidValue(
                        "purchasable_offer.currency",
                        "Marketplace " + marketplaceId + " sells in " + currency(marketplaceId) + ", not " + currency
                                + "."));
                continue;
            }
            JsonNode price =
                    offer.path("our_price").path(0).path("schedule").path(0).path("value_with_tax");
            if (price.isMissingNode() || price.isNull()) {
                issues.add(ListingIssue.tooFewValues("purchasable_offer.our_price", "prices"));
                continue;
            }
            if (!price.isNumber()
                    || price.decimalValue().signum() <= 0
                    || price.decimalValue().scale() > 2) {
                issues.add(ListingIssue.invalidValue(
                        "purchasable_offer.our_price",
                        "value_with_tax must be a positive number with at most two decimals."));
                continue;
            }
            changes.add(new ListingChange.SetPrice(marketplaceId, currency, price.decimalValue()));
        }
    }

    private static void quantity(
            JsonNode values, boolean merge, Listing listing, List<ListingChange> changes, List<ListingIssue> issues) {
        for (JsonNode entry : values) {
            String channel = entry.path("fulfillment_channel_code").asText("");
            if (channel.isBlank()) {
                issues.add(ListingIssue.missing("fulfillment_availability.fulfillment_channel_code"));
                continue;
            }
            if (!"DEFAULT".equals(channel)) {
                issues.add(new ListingIssue(
                        "4000002",
                        "Quantity for fulfillment channel " + channel
                                + " is managed by Amazon's fulfilment network and was ignored.",
                        "WARNING",
                        List.of("fulfillment_availability"),
                        List.of("INVALID_ATTRIBUTE")));
                continue;
            }
            JsonNode quantity = entry.path("quantity");
            if (quantity.isMissingNode() && merge && listing != null) {
                continue;
            }
            if (!quantity.isIntegralNumber() || quantity.asLong() < 0 || quantity.asLong() > Integer.MAX_VALUE) {
                issues.add(ListingIssue.invalidValue(
                        "fulfillment_availability.quantity", "Quantity must be a whole number of at least 0."));
                continue;
            }
            changes.add(new ListingChange.SetQuantity(quantity.asInt()));
        }
    }

    private static String currency(String marketplaceId) {
        return Marketplace.byId(marketplaceId).map(Marketplace::currency).orElse(null);
    }
}
