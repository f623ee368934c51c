package org.clinicdesk.core.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.patient.AbhaNumber;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Particulars;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientStatus;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Relative;
import org.clinicdesk.core.patient.RelativeRelation;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.patient.Uhid;
import org.junit.jupiter.api.Test;

/** An Indian registration exports where R4 expects it: address parts, the ABHA identifier, the relative as contact. */
class FhirIndianPatientTest {
    @Test
    void particularsGoToAddressIdentifierAndContact() {
        String body = "9176543210987";
        AbhaNumber abha = new AbhaNumber(body + AbhaNumber.checkDigit(body));
        Patient patient = new Patient(UUID.randomUUID(), new Uhid(SiteCode.of("A"), 7), PersonName.parse("Lakshmi Devi"),
                DateOfBirth.exact(LocalDate.of(1984, 1, 1), LocalDate.of(2026, 1, 1)), Sex.F,
                PhoneNumber.parse("098450 12399"), "4/12 Temple Street", List.of(), PatientStatus.ACTIVE,
                new Particulars(new Relative(RelativeRelation.W_O, "Suresh Babu"), "Kuppam", "Chittoor",
                        "Andhra Pradesh", "517425", abha));

        var fhir = FhirPatientMapping.toFhir(patient, List.of());
        String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(fhir);
        var back = FhirContext.forR4Cached().newJsonParser().parseResource(org.hl7.fhir.r4.model.Patient.class, json);

        var address = back.getAddressFirstRep();
        assertThat(address.getLine()).extracting(Object::toString).containsExactly("4/12 Temple Street");
        assertThat(address.getCity()).isEqualTo("Kuppam");
        assertThat(address.getDistrict()).isEqualTo("Chittoor");
        assertThat(address.getState()).isEqualTo("Andhra Pradesh");
        assertThat(address.getPostalCode()).isEqualTo("517425");
        assertThat(address.getCountry()).isEqualTo("IN");
        assertThat(back.getIdentifier()).anySatisfy(i -> {
            assertThat(i.getSystem()).isEqualTo("https://healthid.abdm.gov.in");
            assertThat(i.getValue()).isEqualTo(abha.formatted());
        });
        assertThat(back.getContactFirstRep().getName().getText()).isEqualTo("Suresh Babu");
        assertThat(back.getContactFirstRep().getRelationshipFirstRep().getText()).isEqualTo("W/O");
        assertThat(back.getTelecomFirstRep().getValue()).isEqualTo("+919845012399");
    }
}
