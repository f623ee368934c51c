package org.clinicdesk.core.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.util.FhirTerser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.patient.Patient;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * One patient's records as FHIR resources. An imported entry gives back the resource it came from (its details);
 * an entry typed at the desk becomes the plainest resource of its kind. Links to resources the store does not keep
 * (practitioners, organizations, claims) and between records are dropped; every record points at its patient.
 */
final class FhirRecordExport {
    private static final java.util.regex.Pattern ROUND_BRACKETED_WORD = java.util.regex.Pattern.compile("\\([A-Za-z]+\\)");

    private FhirRecordExport() {
    }

    static List<Resource> resources(Patient patient, List<HistoryEntry> entries, List<ImportedSource> sources,
                                    Map<SoapNote, NoteContent> notes) {
        List<Resource> out = new ArrayList<>();
        out.add(FhirPatientMapping.toFhir(patient, sources));
        Reference subject = new Reference("urn:uuid:" + patient.id()).setDisplay(patient.name().full());
        int n = 0;
        for (String allergy : patient.allergies()) {
            AllergyIntolerance a = new AllergyIntolerance();
            a.setId(java.util.UUID.nameUUIDFromBytes((patient.id() + ":allergy:" + n++).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)).toString());
            a.setClinicalStatus(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")));
            a.setCode(new CodeableConcept().setText(allergy));
            a.setPatient(subject.copy());
            out.add(a);
        }
        IParser parser = FhirJson.parser();
        FhirTerser terser = FhirJson.context().newTerser();
        for (HistoryEntry e : entries) {
            Resource r = imported(parser, e).orElseGet(() -> typed(e));
            r.setId(e.id().toString());
            for (Reference ref : terser.getAllPopulatedChildElementsOfType(r, Reference.class)) {
                ref.setReference(null);
            }
            for (Quantity q : terser.getAllPopulatedChildElementsOfType(r, Quantity.class)) {
                notUcum(q);
            }
            String element = r instanceof Immunization ? "patient" : "subject";
            terser.getValues(r, element, Reference.class).forEach(ref -> ref.setReference(subject.getReference())
                    .setDisplay(subject.getDisplay()));
            out.add(r);
        }
        notes.forEach((note, current) -> {
            out.addAll(NoteDiagnosisMapping.map(note, current, subject));
            NoteFollowUpMapping.map(note, current, subject).ifPresent(out::add);
        });
        return out;
    }

    /**
     * A UCUM code that is one word in round brackets is an annotation misspelt (Synthea writes {@code (score)} for
     * {@code {score}}) and fails R4 validation as UCUM: the export keeps the unit text and drops the claim of a code.
     */
    private static void notUcum(Quantity q) {
        if (FhirCodes.UCUM.equals(q.getSystem()) && q.hasCode() && ROUND_BRACKETED_WORD.matcher(q.getCode()).matches()) {
            if (!q.hasUnit()) {
                q.setUnit(q.getCode());
            }
            q.setSystem(null).setCode(null);
        }
    }

    private static Optional<Resource> imported(IParser parser, HistoryEntry e) {
        if (!e.details().startsWith("{")) {
            return Optional.empty();
        }
        try {
            IBaseResource r = parser.parseResource(e.details());
            return r instanceof Resource res && FhirHistoryMapping.kept(res.fhirType()) ? Optional.of(res) : Optional.empty();
        } catch (DataFormatException ex) {
            return Optional.empty();
        }
    }

    private static Resource typed(HistoryEntry e) {
        Optional<DateTimeType> when = Optional.ofNullable(e.date()).map(LocalDate::toString).map(DateTimeType::new);
        Reference placeholder = new Reference("urn:uuid:" + e.patientId());
        switch (e.kind()) {
            case DIAGNOSIS -> {
                Condition c = new Condition().setCode(new CodeableConcept().setText(e.summary())).setSubject(placeholder);
                when.ifPresent(c::setRecordedDateElement);
                return c;
            }
            case PRESCRIPTION -> {
                MedicationStatement m = new MedicationStatement()
                        .setStatus(MedicationStatement.MedicationStatementStatus.UNKNOWN)
                        .setMedication(new CodeableConcept().setText(e.summary())).setSubject(placeholder);
                when.ifPresent(m::setEffective);
                return m;
            }
            case LAB_RESULT -> {
                Observation o = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                        .setCode(new CodeableConcept().setText(e.summary())).setSubject(placeholder);
                o.addCategory(new CodeableConcept(new Coding(FhirCodes.OBSERVATION_CATEGORY, "laboratory", "Laboratory")));
                when.ifPresent(o::setEffective);
                return o;
            }
            default -> {
                Encounter enc = new Encounter().setStatus(Encounter.EncounterStatus.FINISHED)
                        .setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"))
                        .setSubject(placeholder);
                enc.addType().setText(e.summary());
                when.ifPresent(d -> enc.getPeriod().setStartElement(d));
                return enc;
            }
        }
    }
}
