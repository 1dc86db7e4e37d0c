// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The message contracts are shared by every side, so they may not pull in Spring, JPA, Jackson or Feign. */
class MessagesDependencyTest {

    @Test
    void messagesDependOnNoFrameworkButAxonAnnotations() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "com.fasterxml.jackson..", "feign..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.sellersync.messages"));
    }
}
