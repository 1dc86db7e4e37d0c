// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.support.Http;
import io.sellersync.emulator.support.SpApiModels;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The emulator's hand-written message rules agree with the official {@code listings-feed-message-schema-v2.json} on
 * every sample: valid for one means valid for the other.
 */
class MessageSchemaContractTest {

    private static final List<String> SAMPLES = List.of(
            "{\"messageId\":1,\"sku\":\"A\",\"operationType\":\"DELETE\"}",
            "{\"messageId\":1,\"sku\":\"A\",\"operationType\":\"DELETE\",\"productType\":\"LUGGAGE\"}",
            "{\"messageId\":0,\"sku\":\"A\",\"operationType\":\"DELETE\"}",
            "{\"messageId\":1,\"sku\":\"\",\"operationType\":\"DELETE\"}",
            "{\"messageId\":1,\"sku\":\"A\",\"operationType\":\"REMOVE\"}",
            "{\"sku\":\"A\",\"operationType\":\"DELETE\"}",
            "{\"messageId\":1,\"sku\":\"A\",\"operationType\":\"PATCH\",\"productType\":\"LUGGAGE\",\"patches\":[{\"op\":"
                    + "\"replace\",\"path\":\"/attributes/fulfillment_availability\",\"value\":[{\"quantity\":1}]}]}",
            "{\"messageId\":1,\"sku\":\"A\",\"operationType\":\"PATCH\",\"productType\":\"LUGGAGE\","
                    + "\"requirements\":\"LISTING\",\"patches\":[{\"op\":\"replace\",\"path\":\"/attributes/x\"}]}",
            "{\"messageId\":1,\"sku\":\"A\",\"operationType\":\"PATCH\",\"productType\":\"LUGGAGE\",\"patches\":[]}",
            "{\"messageId\":1,\"sku\":\"A\",\"operationType\":\"PATCH\",\"productType\":\"LUGGAGE\",\"patches\":[{\"op\":"
                    + "\"move\",\"path\":\"/attributes/x\"}]}",
            "{\"messageId\":1,\"sku\":\"A\",\"operationType\":\"PATCH\",\"productType\":\"LUGGAGE\",\"patches\":[{\"op\":"
                    + "\"replace\",\"path\":\"/attributes/x\",\"value\":[1]}]}",
            "{\"messageId\":1,\"sku\":\"A\",\"operationType\":\"PATCH\",\"patches\":[{\"op\":\"delete\",\"path\":\"/a\"}]}",
            "{\"messageId\":1,\"sku\":\"A\",\"operationType\":\"PATCH\",\"productType\":\"LUGGAGE\",\"attributes\":"
                    + "{\"a\":[{}]},\"patches\":[{\"op\":\"delete\",\"path\":\"/a\"}]}",
            "{\"messageId\":1,\"sku\":\"A\",\"operationType\":\"UPDATE\",\"productType\":\"LUGGAGE\",\"requirements\":"
                    + "\"LISTING_OFFER_ONLY\",\"attributes\":{\"condition_type\":[{\"value\":\"new_new\"}]}}",
            "{\"messageId\":1,\"sku\":\"A\",\"operationType\":\"UPDATE\",\"productType\":\"LUGGAGE\",\"attributes\":{}}",
            "{\"messageId\":1,\"sku\":\"A\",\"operationType\":\"UPDATE\",\"productType\":\"LUGGAGE\"}",
            "{\"messageId\":1,\"sku\":\"A\",\"operationType\":\"UPDATE\",\"productType\":\"LUGGAGE\",\"requirements\":"
                    + "\"EVERYTHING\",\"attributes\":{\"a\":[{}]}}",
            "{\"messageId\":1,\"sku\":\"A\",\"operationType\":\"PARTIAL_UPDATE\",\"productType\":\"LUGGAGE\","
                    + "\"attributes\":{\"a\":[{}]}}",
            "{\"messageId\":1,\"sku\":\"A\",\"operationType\":\"PARTIAL_UPDATE\",\"productType\":\"LUGGAGE\","
                    + "\"requirements\":\"LISTING\",\"attributes\":{\"a\":[{}]}}",
            "{\"messageId\":1,\"sku\":\"A\",\"operationType\":\"PARTIAL_UPDATE\",\"productType\":\"\","
                    + "\"attributes\":{\"a\":[{}]}}",
            "[1,2]");

    @BeforeEach
    void modelsPresent() {
        assumeTrue(SpApiModels.available(), SpApiModels.missingReason());
    }

    @Test
    void emulatorRulesMatchTheOfficialMessageSchema() throws Exception {
        for (String sample : SAMPLES) {
            JsonNode message = Http.JSON.readTree(sample);
            boolean official = SpApiModels.checkDocument(SpApiModels.MESSAGE_SCHEMA, message)
                    .isEmpty();
            boolean emulator = MessageSchema.violations(message).isEmpty();
            assertThat(emulator)
                    .as(
                            "%s: official schema says %s, emulator says %s",
                            sample, official, MessageSchema.violations(message))
                    .isEqualTo(official);
        }
    }
}
