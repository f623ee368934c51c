package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.storage.LocalStore;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Synthea bundle imported, then each patient exported on its own ({@code export fhir UHID -o FILE}): the Bundle
 * and every resource in it pass HAPI's instance validator against the base R4 profiles with no error. The validator
 * lives in test scope only; the shipped export runs {@code ExportCheck}, its small subset.
 */
class FhirExportValidationTest {
    @TempDir
    static Path dir;
    static List<Bundle> exports = new ArrayList<>();
    static FhirValidator validator;

    @BeforeAll
    static void importEveryBundleAndExportEachPatient() throws Exception {
        ClinicDay day = ClinicDay.initialised(dir.resolve("store"));
        day.ok(day.admin("import", "fhir", SharedData.dir("fhir-synthea").toString()));
        List<String> uhids = new ArrayList<>();
        try (LocalStore store = LocalStore.open(day.cli.dataDir(), Clock.systemDefaultZone())) {
            store.context().tx().run(() -> store.patients().all().forEach((Patient p) -> uhids.add(p.uhid().value())));
        }
        assertThat(uhids).hasSize(6);
        FhirContext r4 = FhirContext.forR4();
        for (String uhid : uhids) {
            Path file = dir.resolve("export-" + uhid + ".json");
            day.ok(day.admin("export", "fhir", uhid, "-o", file.toString()));
            exports.add(r4.newJsonParser().parseResource(Bundle.class, Files.readString(file)));
        }
        validator = baseR4Validator(r4);
    }

    /** The base R4 profiles and the code systems HAPI knows without a terminology server. */
    static FhirValidator baseR4Validator(FhirContext r4) {
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(r4),
                new InMemoryTerminologyServerValidationSupport(r4),
                new CommonCodeSystemsTerminologyService(r4),
                new SnapshotGeneratingValidationSupport(r4));
        FhirValidator v = r4.newValidator();
        v.registerValidatorModule(new FhirInstanceValidator(chain));
        return v;
    }

    static List<String> errors(Resource resource) {
        List<String> errors = new ArrayList<>();
        for (SingleValidationMessage m : validator.validateWithResult(resource).getMessages()) {
            if (m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL) {
                errors.add(resource.fhirType() + "/" + resource.getIdElement().getIdPart() + " " + m.getLocationString()
                        + ": " + m.getMessage());
            }
        }
        return errors;
    }

    @Test
    void everyExportedResourcePassesTheBaseR4Profiles() {
        List<String> errors = new ArrayList<>();
        int resources = 0;
        for (Bundle bundle : exports) {
            for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
                errors.addAll(errors(e.getResource()));
                resources++;
            }
        }
        assertThat(resources).as("resources exported").isGreaterThan(400);
        assertThat(errors).isEmpty();
    }

    @Test
    void eachPatientsBundlePassesTheBaseR4Profiles() {
        List<String> errors = new ArrayList<>();
        for (Bundle bundle : exports) {
            assertThat(bundle.getEntry()).filteredOn(e -> e.getResource().fhirType().equals("Patient")).hasSize(1);
            errors.addAll(errors(bundle));
        }
        assertThat(errors).isEmpty();
    }
}
