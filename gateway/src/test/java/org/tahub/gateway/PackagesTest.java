package org.tahub.gateway;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The gateway's packages (routing, security, health, admin, ...) form no cycle: each can be read, changed and
 * tested with only those it uses, down to config and the upstream client.
 */
class PackagesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.tahub.gateway");

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.tahub.gateway.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
