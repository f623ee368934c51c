package org.clinicdesk.core.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.documents.Document;
import org.clinicdesk.core.documents.MediaType;
import org.clinicdesk.core.documents.OcrStatus;
import org.clinicdesk.core.documents.Sha256;
import org.clinicdesk.core.extraction.ClinicalFact;
import org.clinicdesk.core.extraction.FactExtractor;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientStatus;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.patient.Uhid;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FhirMapperTest {
    private static final String DISCHARGE_NOTE = """
            CITY HOSPITAL - DISCHARGE SUMMARY
            Date of admission: 14/02/2024   Date of discharge: 20/02/2024
            Final diagnosis: Community acquired pneumonia; Type 2 diabetes mellitus
            Vitals at discharge: BP 128/78 mmHg, Pulse 82 bpm, Temp 98.6 F, SpO2 97%, RR 16/min
            Haemoglobin 11.2 g/dL 13.0 - 17.0 L
            Fasting blood sugar 142 mg/dL 70 - 100
            Creatinine 0.9 mg/dL 0.7 - 1.3
            Discharge medications:
            Tab. Amoxicillin-Clavulanate 625 mg PO BD x 5 days
            Tab. Metformin 500 mg PO BD
            Tab. Paracetamol 500 mg PO Q6H PRN
            Inhaler Salbutamol 100 mcg inhaled PRN
            Tab. Atorvastatin 10 mg QHS
            """;
    private static FhirContext fhir;
    private static IParser parser;

    @BeforeAll
    static void context() {
        fhir = FhirContext.forR4();
        parser = fhir.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    private static Patient patient() {
        LocalDate today = LocalDate.of(2024, 3, 1);
        return new Patient(UUID.randomUUID(), new Uhid(SiteCode.of("MAIN"), 123456), new PersonName("Asha", "Rao"),
                DateOfBirth.exact(LocalDate.of(1961, 8, 12), today), Sex.F, null, "", List.of(), PatientStatus.ACTIVE);
    }

    private static Document document(Patient patient) {
        byte[] bytes = DISCHARGE_NOTE.getBytes();
        return new Document(UUID.randomUUID(), patient.id(), Sha256.hex(bytes), "discharge.pdf", MediaType.PDF,
                bytes.length, 1, "nurse", Instant.parse("2024-03-01T10:15:30Z"), OcrStatus.READ);
    }

    private static Bundle roundTrip(Bundle bundle) {
        return parser.parseResource(Bundle.class, parser.encodeResourceToString(bundle));
    }

    @Test
    void everyAcceptedFactBecomesAResourceThatParsesBackWithItsRequiredFields() {
        Patient patient = patient();
        List<ClinicalFact> accepted = new FactExtractor(DateOrder.DAY_FIRST).extract(DISCHARGE_NOTE);
        long nonDateFacts = accepted.stream().filter(f -> !(f instanceof org.clinicdesk.core.extraction.DateFact)).count();
        Bundle parsed = roundTrip(new FhirMapper().map(patient, document(patient), accepted));

        assertThat(parsed.getEntry()).hasSize((int) nonDateFacts + 1);
        for (Bundle.BundleEntryComponent e : parsed.getEntry()) {
            assertThat(missingRequired(e.getResource())).as(e.getResource().fhirType()).isEmpty();
        }
        assertThat(resources(parsed, MedicationStatement.class)).hasSize(5);
        assertThat(resources(parsed, Condition.class)).hasSize(2);
        assertThat(resources(parsed, Observation.class)).hasSize(8);
    }

    @Test
    void labObservationCarriesLoincUcumRangeAndInterpretation() {
        Patient patient = patient();
        Bundle parsed = roundTrip(new FhirMapper().map(patient, document(patient),
                new FactExtractor(DateOrder.DAY_FIRST).extract("Haemoglobin 11.2 g/dL 13.0 - 17.0 L")));
        Observation hb = resources(parsed, Observation.class).get(0);
        assertThat(hb.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
        assertThat(hb.getCode().getCodingFirstRep().getCode()).isEqualTo("718-7");
        assertThat(hb.getValueQuantity().getValue()).isEqualByComparingTo("11.2");
        assertThat(hb.getValueQuantity().getCode()).isEqualTo("g/dL");
        assertThat(hb.getReferenceRangeFirstRep().getLow().getValue()).isEqualByComparingTo("13.0");
        assertThat(hb.getInterpretationFirstRep().getCodingFirstRep().getCode()).isEqualTo("L");
        assertThat(hb.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("laboratory");
        assertThat(hb.getDerivedFromFirstRep().getReference()).startsWith("urn:uuid:");
    }

    @Test
    void bloodPressureIsAPanelWithSystolicAndDiastolicComponents() {
        Patient patient = patient();
        Observation bp = resources(roundTrip(new FhirMapper().map(patient, document(patient),
                new FactExtractor(DateOrder.DAY_FIRST).extract("BP 142/90 mmHg"))), Observation.class).get(0);
        assertThat(bp.getCode().getCodingFirstRep().getCode()).isEqualTo("85354-9");
        assertThat(bp.getComponent()).extracting(c -> c.getCode().getCodingFirstRep().getCode(),
                c -> ((Quantity) c.getValue()).getValue().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("8480-6", 142),
                        org.assertj.core.groups.Tuple.tuple("8462-4", 90));
    }

    @Test
    void medicationStatementCarriesRouteTimingAndDuration() {
        Patient patient = patient();
        MedicationStatement ms = resources(roundTrip(new FhirMapper().map(patient, document(patient),
                new FactExtractor(DateOrder.DAY_FIRST).extract("Tab. Amoxicillin 500 mg PO TDS x 5 days"))),
                MedicationStatement.class).get(0);
        assertThat(ms.getMedicationCodeableConcept().getText()).isEqualTo("Amoxicillin 500 mg tablet");
        var dosage = ms.getDosageFirstRep();
        assertThat(dosage.getRoute().getCodingFirstRep().getCode()).isEqualTo("26643006");
        assertThat(dosage.getTiming().getRepeat().getFrequency()).isEqualTo(3);
        assertThat(dosage.getTiming().getRepeat().getBoundsDuration().getValue()).isEqualByComparingTo("5");
        assertThat(ms.getSubject().getIdentifier().getValue()).isEqualTo(patient.uhid().value());
    }

    @Test
    void asNeededTaperingAndStoppedMedicinesKeepTheirMeaningInFhir() {
        Patient patient = patient();
        List<MedicationStatement> ms = resources(roundTrip(new FhirMapper().map(patient, document(patient),
                new FactExtractor(DateOrder.DAY_FIRST).extract("""
                        Paracetamol 650 mg Q6H PRN
                        Tab. Prednisolone 10 mg 1-0-1 x 5 days then 1-0-0 x 5 days
                        Stop Metformin
                        """))), MedicationStatement.class);
        assertThat(ms).hasSize(3);
        var prn = ms.get(0).getDosageFirstRep();
        assertThat(prn.getAsNeededBooleanType().booleanValue()).isTrue();
        assertThat(prn.getTiming().getRepeat().getPeriod()).isEqualByComparingTo("6");
        assertThat(prn.getTiming().getRepeat().getPeriodUnit()).isEqualTo(org.hl7.fhir.r4.model.Timing.UnitsOfTime.H);
        assertThat(ms.get(1).getDosage()).extracting(d -> d.getSequence(), d -> d.getTiming().getRepeat().getFrequency(),
                        d -> d.getTiming().getRepeat().getBoundsDuration().getValue().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2, 5), org.assertj.core.groups.Tuple.tuple(2, 1, 5));
        assertThat(ms.get(1).getStatus()).isEqualTo(MedicationStatement.MedicationStatementStatus.UNKNOWN);
        assertThat(ms.get(2).getStatus()).isEqualTo(MedicationStatement.MedicationStatementStatus.STOPPED);
    }

    @Test
    void admissionAndDischargeDatesGiveTheDocumentPeriodAndDateTheObservations() {
        Patient patient = patient();
        Bundle parsed = roundTrip(new FhirMapper().map(patient, document(patient),
                new FactExtractor(DateOrder.DAY_FIRST).extract(DISCHARGE_NOTE)));
        DocumentReference ref = resources(parsed, DocumentReference.class).get(0);
        assertThat(ref.getContext().getPeriod().getStartElement().getValueAsString()).startsWith("2024-02-14");
        assertThat(ref.getContext().getPeriod().getEndElement().getValueAsString()).startsWith("2024-02-20");
        assertThat(ref.getContentFirstRep().getAttachment().getContentType()).isEqualTo("application/pdf");
        assertThat(resources(parsed, Observation.class)).allSatisfy(o ->
                assertThat(o.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2024-02-14"));
    }

    @Test
    void mappingTheSameFactsTwiceGivesTheSameIds() {
        Patient patient = patient();
        Document doc = document(patient);
        List<ClinicalFact> facts = new FactExtractor(DateOrder.DAY_FIRST).extract(DISCHARGE_NOTE);
        List<String> first = new FhirMapper().map(patient, doc, facts).getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).toList();
        List<String> second = new FhirMapper().map(patient, doc, facts).getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).toList();
        assertThat(first).isEqualTo(second).doesNotHaveDuplicates();
    }

    private static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).toList();
    }

    /** Paths of elements with minimum cardinality 1 that are empty, walking every element that is present. */
    private static List<String> missingRequired(IBase element) {
        List<String> missing = new ArrayList<>();
        walk(fhir.getElementDefinition(element.getClass()), element, element.getClass().getSimpleName(), missing);
        return missing;
    }

    private static void walk(BaseRuntimeElementDefinition<?> def, IBase element, String path, List<String> missing) {
        if (!(def instanceof BaseRuntimeElementCompositeDefinition<?> composite)) {
            return;
        }
        for (BaseRuntimeChildDefinition child : composite.getChildren()) {
            List<IBase> values = child.getAccessor().getValues(element);
            if (child.getMin() > 0 && values.isEmpty()) {
                missing.add(path + "." + child.getElementName());
            }
            for (IBase v : values) {
                BaseRuntimeElementDefinition<?> childDef = fhir.getElementDefinition(v.getClass());
                if (childDef != null) {
                    walk(childDef, v, path + "." + child.getElementName(), missing);
                }
            }
        }
    }
}
