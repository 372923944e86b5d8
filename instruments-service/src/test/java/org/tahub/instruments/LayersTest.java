package org.tahub.instruments;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The service's packages point one way, from the edges down: a package never uses one above it, so that a change
 * to the API or the events cannot reach the catalogue's rules.
 */
class LayersTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.tahub.instruments");

    @Test
    void packagesUseOnlyThoseBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("api").definedBy("org.tahub.instruments.api..")
                .layer("messaging").definedBy("org.tahub.instruments.messaging..")
                .layer("service").definedBy("org.tahub.instruments.service..")
                .layer("reference").definedBy("org.tahub.instruments.reference..")
                .layer("command").definedBy("org.tahub.instruments.command..")
                .layer("domain").definedBy("org.tahub.instruments.domain..")
                .layer("config").definedBy("org.tahub.instruments.config..")
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .whereLayer("messaging").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("api", "messaging")
                .whereLayer("reference").mayOnlyBeAccessedByLayers("api", "service")
                .whereLayer("command").mayOnlyBeAccessedByLayers("api", "service")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("api", "messaging", "service", "reference", "command")
                .whereLayer("config").mayOnlyBeAccessedByLayers("api", "messaging", "service")
                .check(CLASSES);
    }
}
