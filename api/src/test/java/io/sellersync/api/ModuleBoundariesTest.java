// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module graph of CONVENTIONS.md §4.1: command side, query side and integration never see each other; only
 * integration speaks Feign; api reaches the others only from its composition root, plus the account services
 * ({@code api.accounts}): secrets must not travel in commands, so they write the vault and exchange LWA codes directly.
 */
class ModuleBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.sellersync");
    }

    @Test
    void commandSideSeesNeitherQuerySideNorIntegration() {
        noClasses()
                .that()
                .resideInAPackage("io.sellersync.command..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.sellersync.query..", "io.sellersync.integration..", "io.sellersync.api..")
                .check(classes);
    }

    @Test
    void querySideSeesNeitherCommandSideNorIntegration() {
        noClasses()
                .that()
                .resideInAPackage("io.sellersync.query..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.sellersync.command..", "io.sellersync.integration..", "io.sellersync.api..")
                .check(classes);
    }

    @Test
    void integrationSeesNeitherCommandSideNorQuerySide() {
        noClasses()
                .that()
                .resideInAPackage("io.sellersync.integration..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.sellersync.command..", "io.sellersync.query..", "io.sellersync.api..")
                .check(classes);
    }

    @Test
    void commandSideIsFreeOfSpringJpaAndHttp() {
        noClasses()
                .that()
                .resideInAPackage("io.sellersync.command..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "feign..", "java.net.http..")
                .check(classes);
    }

    @Test
    void onlyIntegrationUsesFeign() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.sellersync.integration..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("feign..")
                .check(classes);
    }

    @Test
    void apiSendsCommandsInsteadOfReachingIntoOtherModules() {
        noClasses()
                .that()
                .resideInAPackage("io.sellersync.api..")
                .and()
                .resideOutsideOfPackage("io.sellersync.api.config..")
                .and()
                .resideOutsideOfPackage("io.sellersync.api.accounts..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.sellersync.command..", "io.sellersync.integration..")
                .check(classes);
    }

    @Test
    void apiReadsThroughQueriesNotRepositories() {
        noClasses()
                .that()
                .resideInAPackage("io.sellersync.api..")
                .and()
                .resideOutsideOfPackage("io.sellersync.api.config..")
                .should()
                .dependOnClassesThat(resideInAPackage("io.sellersync.query..")
                        .and(not(name("io.sellersync.query.ReplayableProjections"))))
                .check(classes);
    }
}
