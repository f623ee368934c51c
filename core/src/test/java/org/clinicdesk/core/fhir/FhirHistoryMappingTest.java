package org.clinicdesk.core.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.clinicdesk.core.history.HistoryKind;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** Source resources as history entries: kind, date and the summary a clinician reads. */
class FhirHistoryMappingTest {
    private static Resource parse(String json) {
        return (Resource) FhirJson.parser().parseResource(json);
    }

    private static FhirHistoryMapping.HistoryDraft draft(String json) {
        return FhirHistoryMapping.toHistory(parse(json), "test.json entry 0").orElseThrow();
    }

    @Test
    void bloodPressurePanelReadsAsSystolicOverDiastolic() {
        FhirHistoryMapping.HistoryDraft d = draft("{\"resourceType\":\"Observation\",\"status\":\"final\","
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"55284-4\"}],\"text\":\"Blood Pressure\"},"
                + "\"effectiveDateTime\":\"2019-06-17T14:10:09+00:00\",\"component\":["
                + "{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8462-4\"}]},\"valueQuantity\":{\"value\":82,\"unit\":\"mm[Hg]\"}},"
                + "{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8480-6\"}]},\"valueQuantity\":{\"value\":121.0,\"unit\":\"mm[Hg]\"}}]}");
        assertThat(d.kind()).isEqualTo(HistoryKind.LAB_RESULT);
        assertThat(d.summary()).isEqualTo("Blood Pressure: 121/82 mm[Hg]");
        assertThat(d.date()).isEqualTo(LocalDate.of(2019, 6, 17));
    }

    @Test
    void labWithUcumKeepsValueAndUnit() {
        FhirHistoryMapping.HistoryDraft d = draft("{\"resourceType\":\"Observation\",\"status\":\"final\","
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"2339-0\",\"display\":\"Glucose\"}]},"
                + "\"effectiveDateTime\":\"2012-06-04\",\"valueQuantity\":{\"value\":94.3,\"unit\":\"mg/dL\","
                + "\"system\":\"http://unitsofmeasure.org\",\"code\":\"mg/dL\"}}");
        assertThat(d.summary()).isEqualTo("Glucose: 94.3 mg/dL");
    }

    @Test
    void immunizationAndProcedureBecomeVisitsThatSayWhatTheyWere() {
        assertThat(draft("{\"resourceType\":\"Immunization\",\"status\":\"completed\",\"vaccineCode\":{\"text\":\"Hep B, adult\"},"
                + "\"patient\":{\"reference\":\"Patient/1\"},\"occurrenceDateTime\":\"2016-06-13\"}"))
                .isEqualTo(new FhirHistoryMapping.HistoryDraft(HistoryKind.VISIT, LocalDate.of(2016, 6, 13), "Immunization: Hep B, adult"));
        assertThat(draft("{\"resourceType\":\"Procedure\",\"status\":\"completed\",\"code\":{\"text\":\"Appendectomy\"},"
                + "\"subject\":{\"reference\":\"Patient/1\"},\"performedPeriod\":{\"start\":\"2013-06-10T14:10:09+00:00\"}}").summary())
                .isEqualTo("Procedure: Appendectomy");
    }

    @Test
    void documentReferenceKeepsItsText() {
        FhirHistoryMapping.HistoryDraft d = draft("{\"resourceType\":\"DocumentReference\",\"status\":\"current\","
                + "\"description\":\"Discharge summary\",\"content\":[{\"attachment\":{\"contentType\":\"text/plain\","
                + "\"data\":\"UGF0aWVudCBzdGFibGUu\"}}]}");
        assertThat(d.summary()).isEqualTo("Document: Discharge summary\nPatient stable.");
    }

    @Test
    void prescriptionCarriesItsDosageText() {
        FhirHistoryMapping.HistoryDraft d = draft("{\"resourceType\":\"MedicationRequest\",\"status\":\"active\",\"intent\":\"order\","
                + "\"medicationCodeableConcept\":{\"text\":\"Warfarin Sodium 5 MG Oral Tablet\"},\"subject\":{\"reference\":\"Patient/1\"},"
                + "\"authoredOn\":\"2010-01-02\",\"dosageInstruction\":[{\"text\":\"once daily\"}]}");
        assertThat(d).isEqualTo(new FhirHistoryMapping.HistoryDraft(HistoryKind.PRESCRIPTION, LocalDate.of(2010, 1, 2),
                "Warfarin Sodium 5 MG Oral Tablet — once daily"));
    }

    /** HAPI's parser already refuses it (the import reports that with the file and entry); the mapping never sees it. */
    @Test
    void anImpossibleDateIsRefusedNamingTheElement() {
        assertThatThrownBy(() -> draft("{\"resourceType\":\"Condition\",\"code\":{\"text\":\"Asthma\"},"
                + "\"subject\":{\"reference\":\"Patient/1\"},\"onsetDateTime\":\"2001-02-31\"}"))
                .isInstanceOf(ca.uhn.fhir.parser.DataFormatException.class).hasMessageContaining("onsetDateTime")
                .hasMessageContaining("2001-02-31");
    }

    @Test
    void typesTheStoreDoesNotKeepGiveNothing() {
        assertThat(FhirHistoryMapping.toHistory(parse("{\"resourceType\":\"Claim\",\"status\":\"active\"}"), "x")).isEmpty();
        assertThat(FhirHistoryMapping.kept("Claim")).isFalse();
        assertThat(FhirHistoryMapping.kept("AllergyIntolerance")).isTrue();
    }
}
