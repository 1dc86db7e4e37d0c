// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Commands, events and queries are logged, traced and kept forever, so no message record may carry a secret or a
 * buyer's personal data. This scans every record's components by name.
 */
class NoSecretsInMessagesTest {

    private static final Pattern FORBIDDEN =
            Pattern.compile("password|secret(?!expires)|token|email|address|phone|buyer|iban");

    @Test
    void noMessageRecordHasASecretOrPersonalDataComponent() {
        List<String> offenders = new ArrayList<>();
        List<Class<?>> records = messageRecords();
        for (Class<?> type : records) {
            for (RecordComponent component : type.getRecordComponents()) {
                String name = component.getName().toLowerCase(Locale.ROOT);
                if (FORBIDDEN.matcher(name).find()) {
                    offenders.add(type.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(records).as("message records scanned").hasSizeGreaterThan(10);
        assertThat(offenders).isEmpty();
    }

    @Test
    void theScanRecognisesASecretComponent() {
        record Leaky(String refreshToken, String clientSecret) {}
        long hits = java.util.Arrays.stream(Leaky.class.getRecordComponents())
                .filter(c ->
                        FORBIDDEN.matcher(c.getName().toLowerCase(Locale.ROOT)).find())
                .count();
        assertThat(hits).isEqualTo(2);
    }

    private static List<Class<?>> messageRecords() {
        return new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.sellersync.messages")
                        .stream()
                        .<Class<?>>map(JavaClass::reflect)
                        .filter(Class::isRecord)
                        .toList();
    }
}
