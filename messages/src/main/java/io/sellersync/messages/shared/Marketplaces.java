// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.shared;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Amazon's marketplaces by region, from SP-API's "Marketplace IDs" page. The EU defaults are the five marketplaces a
 * European seller usually starts with (UK, DE, FR, IT, ES).
 */
public final class Marketplaces {

    private static final List<Marketplace> ALL = List.of(
            eu("A28R8C7NBKEWEA", "IE", "Ireland", "EUR", "en_IE"),
            eu("A1RKKUPIHCS9HS", "ES", "Spain", "EUR", "es_ES"),
            new Marketplace(
                    new MarketplaceId("A1F83G8C2ARO7P"),
                    "UK",
                    "United Kingdom",
                    Region.EU,
                    Currency.getInstance("GBP"),
                    "en_GB",
                    true),
            eu("A13V1IB3VIYZZH", "FR", "France", "EUR", "fr_FR"),
            eu("AMEN7PMS3EDWL", "BE", "Belgium", "EUR", "fr_BE"),
            eu("A1805IZSGTT6HS", "NL", "Netherlands", "EUR", "nl_NL"),
            eu("A1PA6795UKMFR9", "DE", "Germany", "EUR", "de_DE"),
            eu("APJ6JRA9NG5V4", "IT", "Italy", "EUR", "it_IT"),
            eu("A2NODRKZP88ZB9", "SE", "Sweden", "SEK", "sv_SE"),
            eu("AE08WJ6YKNBMC", "ZA", "South Africa", "ZAR", "en_ZA"),
            eu("A1C3SOZRARQ6R3", "PL", "Poland", "PLN", "pl_PL"),
            eu("ARBP9OOSHTCHU", "EG", "Egypt", "EGP", "ar_EG"),
            eu("A33AVAJ2PDY3EV", "TR", "Turkey", "TRY", "tr_TR"),
            eu("A17E79C6D8DWNP", "SA", "Saudi Arabia", "SAR", "ar_SA"),
            eu("A2VIGQ35RCS4UG", "AE", "United Arab Emirates", "AED", "ar_AE"),
            eu("A21TJRUUN4KGV", "IN", "India", "INR", "en_IN"),
            of("A2EUQ1WTGCTBG2", "CA", "Canada", Region.NA, "CAD", "en_CA"),
            of("ATVPDKIKX0DER", "US", "United States", Region.NA, "USD", "en_US"),
            of("A1AM78C64UM0Y8", "MX", "Mexico", Region.NA, "MXN", "es_MX"),
            of("A2Q3Y263D00KWC", "BR", "Brazil", Region.NA, "BRL", "pt_BR"),
            of("A19VAU5U5O7RUS", "SG", "Singapore", Region.FE, "SGD", "en_SG"),
            of("A39IBJ37TRP1C6", "AU", "Australia", Region.FE, "AUD", "en_AU"),
            of("A1VC38T7YXB528", "JP", "Japan", Region.FE, "JPY", "ja_JP"));

    private static final List<String> EU_DEFAULTS = List.of("UK", "DE", "FR", "IT", "ES");
    private static final List<String> NA_DEFAULTS = List.of("US");
    private static final List<String> FE_DEFAULTS = List.of("JP");

    private Marketplaces() {}

    public static List<Marketplace> all() {
        return ALL;
    }

    public static Optional<Marketplace> find(MarketplaceId id) {
        return ALL.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The country code (UK, DE, …) of a marketplace, or its raw id when unknown. */
    public static String countryCode(MarketplaceId id) {
        return find(id).map(Marketplace::countryCode).orElse(id.value());
    }

    public static List<Marketplace> inRegion(Region region) {
        return ALL.stream().filter(m -> m.region() == region).toList();
    }

    /** The marketplaces a new account of this region starts with. */
    public static List<MarketplaceId> defaults(Region region) {
        List<String> codes = switch (region) {
            case EU -> EU_DEFAULTS;
            case NA -> NA_DEFAULTS;
            case FE -> FE_DEFAULTS;
        };
        return codes.stream()
                .map(code -> ALL.stream()
                        .filter(m -> m.countryCode().equals(code))
                        .findFirst()
                        .orElseThrow()
                        .id())
                .toList();
    }

    private static Marketplace eu(String id, String code, String name, String currency, String language) {
        return of(id, code, name, Region.EU, currency, language);
    }

    private static Marketplace of(
            String id, String code, String name, Region region, String currency, String language) {
        return new Marketplace(
                new MarketplaceId(id), code, name, region, Currency.getInstance(currency), language, false);
    }
}
