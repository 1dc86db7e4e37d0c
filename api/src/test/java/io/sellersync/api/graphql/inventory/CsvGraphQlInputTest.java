// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellersync.messages.shared.BusinessException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The GraphQL CSV inputs are checked before any copy or import: the size limit and the import id's shape. */
class CsvGraphQlInputTest {

    @Test
    void aCsvOverTheLimitIsRefusedOnTheCsvFieldCountingUtf8Bytes() {
        String ascii = "a".repeat(100);
        assertThat(InventoryImportGraphQlController.bytesWithinLimit(ascii, 100))
                .hasSize(100);
        assertThatThrownBy(() -> InventoryImportGraphQlController.bytesWithinLimit(ascii + "b", 100))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.error().field()).isEqualTo("csv");
                    assertThat(e.getMessage()).contains("limit");
                });
        // 40 pound signs are 80 bytes, 60 euro signs 180 bytes, one emoji 4 bytes.
        String pounds = "£".repeat(40);
        assertThat(InventoryImportGraphQlController.utf8Length(pounds, 1000))
                .isEqualTo(pounds.getBytes(StandardCharsets.UTF_8).length);
        String euros = "€".repeat(60);
        assertThat(InventoryImportGraphQlController.utf8Length(euros, 1000)).isEqualTo(180);
        assertThat(InventoryImportGraphQlController.utf8Length("\uD83D\uDE00", 1000))
                .isEqualTo(4);
        assertThatThrownBy(() -> InventoryImportGraphQlController.bytesWithinLimit(euros, 179))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void anImportIdMustBeUuidShaped() {
        assertThat(InventoryImportGraphQlController.givenImportId(null)).isNull();
        assertThat(InventoryImportGraphQlController.givenImportId(" ")).isNull();
        assertThat(InventoryImportGraphQlController.givenImportId(" 3F2B8C1E-9A4D-4E6F-8B2A-1C3D5E7F9A0B "))
                .isEqualTo("3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b");
        for (String bad :
                new String[] {"it-123", "../../etc", "3f2b8c1e9a4d4e6f8b2a1c3d5e7f9a0b", "x".repeat(10_000)}) {
            assertThatThrownBy(() -> InventoryImportGraphQlController.givenImportId(bad))
                    .isInstanceOfSatisfying(
                            BusinessException.class,
                            e -> assertThat(e.error().field()).isEqualTo("importId"));
        }
    }
}
