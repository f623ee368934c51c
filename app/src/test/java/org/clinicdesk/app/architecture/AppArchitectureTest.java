package org.clinicdesk.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * DESIGN.md's module table for app: it wires and shows, it does not reach into persistence internals. Dependencies
 * point one way: app -> storage -> core.
 */
@AnalyzeClasses(packages = "org.clinicdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule appUsesNoHibernateOrJpa = noClasses().that().resideInAPackage("org.clinicdesk.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule storageUsesNoJavaFx = noClasses().that().resideInAPackage("org.clinicdesk.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule storageDoesNotDependOnApp = noClasses().that().resideInAPackage("org.clinicdesk.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("org.clinicdesk.app..");

    @ArchTest
    static final ArchRule coreDependsOnNeitherStorageNorApp = noClasses().that().resideInAPackage("org.clinicdesk.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.clinicdesk.storage..", "org.clinicdesk.app..");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().areAssignableTo(javafx.scene.Node.class)
            .allowEmptyShould(true);
}
