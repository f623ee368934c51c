package org.clinicdesk.app.gui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The window's layering: view models hold no nodes and no persistence, the window never touches Hibernate. */
class GuiArchitectureTest {
    private static final JavaClasses GUI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.clinicdesk.app.gui");

    @Test
    void viewModelsHoldNoNodesAndLoadNoFxml() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.fxml..", "javafx.stage..")
                .check(GUI);
    }

    @Test
    void windowNeverReachesIntoHibernateOrJpa() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.hibernate..", "jakarta.persistence..")
                .check(GUI);
    }

    @Test
    void featuresDoNotReachIntoEachOthersViews() {
        noClasses().that().resideInAnyPackage("..gui.reception..", "..gui.setup..", "..gui.signin..")
                .should().dependOnClassesThat().resideInAnyPackage("..gui.queue..", "..gui.shell..")
                .check(GUI);
    }
}
