package org.clinicdesk.core.fhir;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.history.HistoryKind;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * A clinical FHIR resource as a history entry: its kind, date and a one-line summary a clinician reads in the chart.
 * The resource itself (JSON, narrative dropped) goes into the entry's details, so export gives it back as it came.
 * The history has four kinds: immunizations, procedures and documents are past events and so become visits whose
 * summary says what they were. All observations (vital signs too) become lab_result entries: the vitals table holds
 * only complete triage sets scored with NEWS2, and Synthea has no pulse, respiration or SpO2 to complete one.
 */
final class FhirHistoryMapping {
    static final int MAX_DETAILS = 20_000;
    private static final int MAX_SUMMARY = 2_000;

    private FhirHistoryMapping() {
    }

    /** The history entry for a resource of a kept type; empty for any other type. */
    static Optional<HistoryDraft> toHistory(Resource r, String where) {
        if (r instanceof Encounter e) {
            String type = e.getType().stream().map(FhirHistoryMapping::label).filter(s -> !s.isEmpty()).findFirst()
                    .orElse("Encounter");
            String cls = e.getClass_().getCode();
            return draft(HistoryKind.VISIT, start(e.getPeriod(), where + " Encounter.period"),
                    "Encounter: " + type + (cls == null ? "" : " (" + cls + ")"));
        } else if (r instanceof Observation o) {
            return draft(HistoryKind.LAB_RESULT, date(o.hasEffectiveDateTimeType() ? o.getEffectiveDateTimeType()
                            : o.hasEffectivePeriod() ? o.getEffectivePeriod().getStartElement() : o.getIssuedElement(),
                    where + " Observation.effective"), observation(o));
        } else if (r instanceof Condition c) {
            return draft(HistoryKind.DIAGNOSIS, date(c.hasOnsetDateTimeType() ? c.getOnsetDateTimeType()
                    : c.getRecordedDateElement(), where + " Condition.onset"), orElse(label(c.getCode()), "Condition"));
        } else if (r instanceof MedicationRequest m) {
            String dose = m.getDosageInstruction().stream().map(d -> d.getText()).filter(t -> t != null && !t.isBlank())
                    .collect(Collectors.joining("; "));
            String med = m.hasMedicationCodeableConcept() ? label(m.getMedicationCodeableConcept())
                    : m.getMedicationReference().getDisplay();
            return draft(HistoryKind.PRESCRIPTION, date(m.getAuthoredOnElement(), where + " MedicationRequest.authoredOn"),
                    orElse(med, "Medication") + (dose.isEmpty() ? "" : " — " + dose));
        } else if (r instanceof MedicationStatement m) {
            String med = m.hasMedicationCodeableConcept() ? label(m.getMedicationCodeableConcept())
                    : m.getMedicationReference().getDisplay();
            return draft(HistoryKind.PRESCRIPTION, date(m.hasEffectiveDateTimeType() ? m.getEffectiveDateTimeType()
                    : m.getDateAssertedElement(), where + " MedicationStatement.effective"), orElse(med, "Medication"));
        } else if (r instanceof Immunization i) {
            return draft(HistoryKind.VISIT, date(i.hasOccurrenceDateTimeType() ? i.getOccurrenceDateTimeType() : null,
                    where + " Immunization.occurrence"), "Immunization: " + orElse(label(i.getVaccineCode()), "vaccine"));
        } else if (r instanceof Procedure p) {
            LocalDate d = p.hasPerformedDateTimeType() ? date(p.getPerformedDateTimeType(), where + " Procedure.performed")
                    : p.hasPerformedPeriod() ? start(p.getPerformedPeriod(), where + " Procedure.performed") : null;
            return draft(HistoryKind.VISIT, d, "Procedure: " + orElse(label(p.getCode()), "procedure"));
        } else if (r instanceof DocumentReference d) {
            String text = d.getContent().stream().map(c -> c.getAttachment())
                    .filter(a -> a.hasData() && a.getContentType() != null && a.getContentType().startsWith("text/"))
                    .map(a -> new String(a.getData(), java.nio.charset.StandardCharsets.UTF_8))
                    .collect(Collectors.joining("\n"));
            String title = orElse(d.getDescription(), orElse(label(d.getType()), "document"));
            return draft(HistoryKind.VISIT, d.hasDate() ? date(d.getDateElement(), where + " DocumentReference.date") : null,
                    "Document: " + title + (text.isBlank() ? "" : "\n" + text.strip()));
        }
        return Optional.empty();
    }

    static boolean kept(String resourceType) {
        return switch (resourceType) {
            case "Patient", "Encounter", "Observation", "Condition", "MedicationRequest", "MedicationStatement",
                    "AllergyIntolerance", "Immunization", "Procedure", "DocumentReference" -> true;
            default -> false;
        };
    }

    private static Optional<HistoryDraft> draft(HistoryKind kind, LocalDate date, String summary) {
        String s = summary.strip();
        return Optional.of(new HistoryDraft(kind, date, s.length() > MAX_SUMMARY ? s.substring(0, MAX_SUMMARY - 1) + "…" : s));
    }

    static String observation(Observation o) {
        String name = orElse(label(o.getCode()), "Observation");
        if (o.hasComponent()) {
            Optional<String> sys = component(o, "8480-6");
            Optional<String> dia = component(o, "8462-4");
            if (sys.isPresent() && dia.isPresent()) {
                return name + ": " + sys.get() + "/" + dia.get() + " mm[Hg]";
            }
            return name + ": " + o.getComponent().stream()
                    .map(c -> label(c.getCode()) + " " + value(c.getValue())).collect(Collectors.joining("; "));
        }
        return o.hasValue() ? name + ": " + value(o.getValue()) : name;
    }

    private static Optional<String> component(Observation o, String loinc) {
        return o.getComponent().stream()
                .filter(c -> c.getCode().getCoding().stream().anyMatch(k -> loinc.equals(k.getCode())))
                .filter(c -> c.getValue() instanceof Quantity).map(c -> ((Quantity) c.getValue()).getValue())
                .filter(v -> v != null).map(v -> v.stripTrailingZeros().toPlainString()).findFirst();
    }

    private static String value(Type v) {
        if (v instanceof Quantity q) {
            String unit = q.hasUnit() ? q.getUnit() : q.hasCode() ? q.getCode() : "";
            return (q.getValue() == null ? "?" : q.getValue().toPlainString()) + (unit.isEmpty() ? "" : " " + unit);
        }
        if (v instanceof CodeableConcept cc) {
            return label(cc);
        }
        return v == null || !v.isPrimitive() ? "" : v.primitiveValue();
    }

    static String label(CodeableConcept cc) {
        if (cc == null) {
            return "";
        }
        if (cc.hasText()) {
            return cc.getText();
        }
        return cc.getCoding().stream().map(FhirHistoryMapping::label).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }

    private static String label(Coding c) {
        return c.hasDisplay() ? c.getDisplay() : c.hasCode() ? c.getCode() : "";
    }

    private static String orElse(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }

    private static LocalDate start(Period p, String field) {
        return p == null || !p.hasStart() ? null : date(p.getStartElement(), field);
    }

    /** The calendar date a FHIR date or dateTime names, as written (no time-zone shift); refuses an impossible one. */
    static LocalDate date(BaseDateTimeType t, String field) {
        if (t == null || t.getValueAsString() == null) {
            return null;
        }
        String text = t.getValueAsString();
        try {
            if (text.length() >= 10) {
                return LocalDate.parse(text.substring(0, 10));
            }
            if (text.length() == 7) {
                return LocalDate.parse(text + "-01");
            }
            return LocalDate.of(Integer.parseInt(text.substring(0, 4)), 1, 1);
        } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new ValidationException(field, CoreMessages.text("common.notRealDate", text));
        }
    }

    /** A history entry to be: kind, date (may be unknown) and summary. */
    record HistoryDraft(HistoryKind kind, LocalDate date, String summary) {
    }
}
