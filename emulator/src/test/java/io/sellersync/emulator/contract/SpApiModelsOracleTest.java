// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sellersync.emulator.support.Http;
import io.sellersync.emulator.support.SpApiModels;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Proves the oracle has teeth: responses that break the model are reported, so a passing contract test means something. */
class SpApiModelsOracleTest {

    @BeforeEach
    void modelsPresent() {
        assumeTrue(SpApiModels.available(), SpApiModels.missingReason());
    }

    @Test
    void acceptsAValidItem() {
        assertThat(SpApiModels.check(
                        SpApiModels.LISTINGS,
                        "getListingsItem",
                        response(
                                200,
                                "{\"sku\":\"A\",\"offers\":[{\"marketplaceId\":\"X\",\"offerType\":\"B2C\","
                                        + "\"price\":{\"currencyCode\":\"GBP\",\"amount\":\"1.00\"}}]}")))
                .isEmpty();
    }

    @Test
    void rejectsMissingRequiredFieldsWrongTypesAndBadDates() {
        assertThat(SpApiModels.check(SpApiModels.LISTINGS, "getListingsItem", response(200, "{\"summaries\":[]}")))
                .isNotEmpty();
        assertThat(SpApiModels.check(
                        SpApiModels.LISTINGS,
                        "getListingsItem",
                        response(
                                200,
                                "{\"sku\":\"A\",\"offers\":[{\"marketplaceId\":\"X\",\"offerType\":\"B2C\","
                                        + "\"price\":{\"currencyCode\":\"GBP\",\"amount\":1.0}}]}")))
                .isNotEmpty();
        assertThat(SpApiModels.check(
                        SpApiModels.FEEDS,
                        "getFeed",
                        response(
                                200,
                                "{\"feedId\":\"1\",\"feedType\":\"T\",\"processingStatus\":\"DONE\","
                                        + "\"createdTime\":\"yesterday\"}")))
                .isNotEmpty();
    }

    @Test
    void rejectsUndeclaredStatusesAndMissingHeaders() {
        assertThat(SpApiModels.check(SpApiModels.FEEDS, "getFeed", response(418, "{}")))
                .isNotEmpty();
        Http.Response noHeaders = new Http.Response(
                200, HttpHeaders.of(Map.of(), (a, b) -> true), "{\"feedId\":\"1\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(SpApiModels.check(SpApiModels.FEEDS, "createFeed", noHeaders))
                .isNotEmpty();
    }

    private static Http.Response response(int status, String body) {
        HttpHeaders headers = HttpHeaders.of(
                Map.of("x-amzn-RequestId", List.of("r"), "x-amzn-RateLimit-Limit", List.of("5.0")), (a, b) -> true);
        return new Http.Response(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }
}
