package org.clinicdesk.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN.md's module table: core is the domain and pure logic, free of UI and persistence. */
@AnalyzeClasses(packages = "org.clinicdesk.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreUsesNoJavaFx = noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule coreUsesNoJpaOrHibernate = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..", "javax.persistence..", "org.hibernate..");

    @ArchTest
    static final ArchRule coreUsesNoJdbc = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.postgresql..", "org.flywaydb..");

    @ArchTest
    static final ArchRule coreKnowsNothingOfTheOtherModules = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.clinicdesk.storage..", "org.clinicdesk.app..");
}
