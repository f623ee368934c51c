package org.clinicdesk.storage.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.clinicdesk.storage", importOptions = ImportOption.DoNotIncludeTests.class)
class StorageArchitectureTest {
    @ArchTest
    static final ArchRule storageNeverUsesJavaFx = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule storageNeverUsesTheApp = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.clinicdesk.app..");
}
