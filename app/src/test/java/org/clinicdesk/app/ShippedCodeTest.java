package org.clinicdesk.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * What ships is the program alone: screenshot tours, benchmarks, start-up probes and test executors live in the test
 * source sets (scripts/screenshots and scripts/bench run them from there), and no shipped class needs a measuring or
 * testing library. The build also refuses such libraries in the app's compile or runtime scope (maven-enforcer).
 */
class ShippedCodeTest {
    // Jars too: in a full `verify` the other modules reach the app's tests as their packaged jars, not as folders.
    private static final JavaClasses SHIPPED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.clinicdesk");

    @Test
    void noToolClassShips() {
        noClasses().should().resideInAPackage("org.clinicdesk.app.gui.tools..")
                .orShould().haveSimpleNameEndingWith("Benchmark")
                .orShould().haveSimpleNameEndingWith("Tour")
                .orShould().haveSimpleName("StartupProbe")
                .orShould().haveSimpleNameStartingWith("SameThread")
                .because("tools and test hooks belong in src/test (see ShippedCodeTest's Javadoc)")
                .check(SHIPPED);
    }

    @Test
    void noShippedClassNeedsAMeasuringOrTestingLibrary() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.openjdk.jmh..", "org.junit..",
                        "org.testfx..", "com.tngtech.archunit..", "org.assertj..", "org.opentest4j..")
                .check(SHIPPED);
    }

    @Test
    void theShippedClassesWereFound() {
        // a guard over nothing would pass for the wrong reason
        org.assertj.core.api.Assertions.assertThat(SHIPPED.contain(Main.class)).isTrue();
        org.assertj.core.api.Assertions.assertThat(SHIPPED.contain(org.clinicdesk.storage.LocalStore.class)).isTrue();
    }
}
