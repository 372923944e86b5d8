package org.tahub.matching;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The service's packages point one way, from the edges down: a package never uses one above it, so that a change
 * to the API or the events cannot reach the rules, and the pure engine and classifier know nothing of either.
 */
class LayersTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.tahub.matching");

    @Test
    void packagesUseOnlyThoseBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("api").definedBy("org.tahub.matching.api..")
                .layer("messaging").definedBy("org.tahub.matching.messaging..")
                .layer("health").definedBy("org.tahub.matching.health..")
                .layer("service").definedBy("org.tahub.matching.service..")
                .layer("rules").definedBy("org.tahub.matching.rules..")
                .layer("iati").definedBy("org.tahub.matching.iati..")
                .layer("engine").definedBy("org.tahub.matching.engine..")
                .layer("classification").definedBy("org.tahub.matching.classification..")
                .layer("readmodel").definedBy("org.tahub.matching.readmodel..")
                .layer("command").definedBy("org.tahub.matching.command..")
                .layer("reference").definedBy("org.tahub.matching.reference..")
                .layer("domain").definedBy("org.tahub.matching.domain..")
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .whereLayer("messaging").mayNotBeAccessedByAnyLayer()
                .whereLayer("health").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("api", "messaging", "health")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("api", "messaging", "service")
                .whereLayer("iati").mayOnlyBeAccessedByLayers("api", "service")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("api", "messaging", "service")
                .whereLayer("classification").mayOnlyBeAccessedByLayers("api", "messaging", "service", "health")
                .whereLayer("readmodel").mayOnlyBeAccessedByLayers("api", "messaging", "health", "service", "rules")
                .whereLayer("command").mayOnlyBeAccessedByLayers("api", "service", "rules")
                .whereLayer("reference").mayOnlyBeAccessedByLayers("api", "service")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("api", "messaging", "health", "service", "rules",
                        "iati", "readmodel", "command", "reference")
                .check(CLASSES);
    }

    @Test
    void theEngineAndTheClassifierArePureCode() {
        noClasses()
                .that().resideInAnyPackage("org.tahub.matching.engine..", "org.tahub.matching.classification..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "io.quarkus.hibernate..",
                        "org.tahub.matching.domain..")
                .check(CLASSES);
    }
}
