package org.clinicdesk.core.documents;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Documents, extraction and FHIR mapping stay pure: no database, UI or OCR-engine code in core. */
class DocumentsArchitectureTest {
    private static JavaClasses core;

    @BeforeAll
    static void importClasses() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.clinicdesk.core.documents", "org.clinicdesk.core.extraction", "org.clinicdesk.core.fhir");
    }

    @Test
    void documentPackagesDoNotReachDatabasesUiOrTheOcrEngine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "jakarta.persistence..",
                        "org.hibernate..", "javafx..", "net.sourceforge.tess4j..", "net.sourceforge.lept4j..",
                        "org.apache.pdfbox..", "org.clinicdesk.storage..", "org.clinicdesk.app..")
                .check(core);
    }

    @Test
    void extractionDoesNotDependOnFhirOrDocuments() {
        noClasses().that().resideInAPackage("org.clinicdesk.core.extraction..").should().dependOnClassesThat()
                .resideInAnyPackage("org.clinicdesk.core.fhir..", "org.clinicdesk.core.documents..", "ca.uhn..", "org.hl7..")
                .check(core);
    }
}
