package org.clinicdesk.app.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The command line's own rules, checked on its compiled classes rather than by hope. */
class CliArchitectureTest {
    private static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.clinicdesk.app.cli", "org.clinicdesk.app.demo");

    @Test
    void verbsGoThroughUseCasesNeverRepositories() {
        noClasses().should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveSimpleName("AuditLog")
                .because("every verb calls the core use cases through ClinicServices (permissions, audit, validation)")
                .check(CLI);
    }

    @Test
    void onlyTheOutputLayerWritesToTheTerminal() {
        noClasses().that().doNotHaveSimpleName("Cli")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("stdout carries the command's output and its single JSON document; Output is the only writer")
                .check(CLI);
    }

    @Test
    void theCommandLineKnowsNothingOfHibernateOrJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..",
                "javafx..").check(CLI);
    }
}
