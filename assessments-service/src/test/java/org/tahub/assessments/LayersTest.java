package org.tahub.assessments;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The service's packages point one way, from the edges down: a package never uses one above it, so that a change
 * to the API or the events cannot reach the rules, and the rules cannot call back into a use case.
 */
class LayersTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.tahub.assessments");

    @Test
    void packagesUseOnlyThoseBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("api").definedBy("org.tahub.assessments.api..")
                .layer("messaging").definedBy("org.tahub.assessments.messaging..")
                .layer("service").definedBy("org.tahub.assessments.service..")
                .layer("rules").definedBy("org.tahub.assessments.rules..")
                .layer("readmodel").definedBy("org.tahub.assessments.readmodel..")
                .layer("reference").definedBy("org.tahub.assessments.reference..")
                .layer("command").definedBy("org.tahub.assessments.command..")
                .layer("domain").definedBy("org.tahub.assessments.domain..")
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .whereLayer("messaging").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("api", "messaging")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("api", "messaging", "service")
                .whereLayer("readmodel").mayOnlyBeAccessedByLayers("api", "messaging", "service", "rules")
                .whereLayer("reference").mayOnlyBeAccessedByLayers("api", "messaging", "service", "rules")
                .whereLayer("command").mayOnlyBeAccessedByLayers("api", "service", "rules")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("api", "messaging", "service", "rules", "readmodel",
                        "reference", "command")
                .check(CLASSES);
    }
}
