package org.clinicdesk.core.fhir;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.clinicdesk.core.extraction.DoseDuration;
import org.clinicdesk.core.extraction.DoseStep;
import org.clinicdesk.core.extraction.MedicationFact;
import org.clinicdesk.core.extraction.MedicationStatus;
import org.clinicdesk.core.notes.Frequency;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Timing;

/** An accepted medicine becomes a MedicationStatement: what the paper says the patient takes, derived from it. */
final class MedicationStatementMapping {
    private MedicationStatementMapping() {
    }

    static MedicationStatement map(MedicationFact fact, MappingContext ctx) {
        MedicationStatement statement = new MedicationStatement();
        statement.setId(ctx.idFor(fact));
        // A paper the patient brought says they were prescribed it, not that they still take it; a line that stops
        // the medicine says it is stopped.
        statement.setStatus(fact.status() == MedicationStatus.STOPPED ? MedicationStatement.MedicationStatementStatus.STOPPED
                : MedicationStatement.MedicationStatementStatus.UNKNOWN);
        String label = fact.name() + fact.strength().map(s -> " " + s).orElse("")
                + fact.form().map(f -> " " + f.name().toLowerCase(java.util.Locale.ROOT)).orElse("");
        statement.setMedication(new CodeableConcept().setText(label));
        statement.setSubject(ctx.subject());
        statement.addDerivedFrom(ctx.source());
        statement.setInformationSource(ctx.source());
        ctx.effective().ifPresent(statement::setEffective);
        int sequence = 1;
        if (fact.statDose() && fact.frequency().filter(f -> f != Frequency.STAT).isPresent()) {
            // "1 g IV stat, then 1 g BD": the single dose first, the schedule after it.
            Dosage stat = statement.addDosage().setSequence(sequence++).setText("stat");
            stat.getTiming().getRepeat().setCount(1);
            route(stat, fact);
        }
        if (fact.tapering()) {
            for (DoseStep step : fact.steps()) {
                Dosage dosage = statement.addDosage().setSequence(sequence++).setText(step.printed());
                dose(dosage, fact, step.frequency(), step.duration());
            }
        } else {
            Dosage dosage = statement.addDosage().setText(fact.span().text());
            if (sequence > 1) {
                dosage.setSequence(sequence);
            }
            dose(dosage, fact, fact.frequency(), fact.duration());
        }
        return statement;
    }

    private static void dose(Dosage dosage, MedicationFact fact, Optional<Frequency> frequency,
                             Optional<DoseDuration> duration) {
        route(dosage, fact);
        frequency.ifPresent(f -> timing(dosage, f));
        duration.ifPresent(d -> dosage.getTiming().getRepeat().setBounds(duration(d)));
        if (fact.asNeeded()) {
            dosage.setAsNeeded(new BooleanType(true));
        }
    }

    private static void route(Dosage dosage, MedicationFact fact) {
        fact.route().ifPresent(r -> dosage.setRoute(new CodeableConcept(new Coding(FhirCodes.SNOMED, r.snomed(), r.display()))));
    }

    private static void timing(Dosage dosage, Frequency frequency) {
        Timing timing = dosage.getTiming();
        Timing.TimingRepeatComponent repeat = timing.getRepeat();
        switch (frequency) {
            case OD -> perDay(timing, repeat, 1, "QD");
            case BD -> perDay(timing, repeat, 2, "BID");
            case TDS -> perDay(timing, repeat, 3, "TID");
            case QID -> perDay(timing, repeat, 4, "QID");
            case QHS -> repeat.setFrequency(1).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D)
                    .addWhen(Timing.EventTiming.HS);
            case PRN -> dosage.setAsNeeded(new BooleanType(true));
            case Q4H -> everyHours(timing, repeat, 4);
            case Q6H -> everyHours(timing, repeat, 6);
            case Q8H -> everyHours(timing, repeat, 8);
            case STAT -> repeat.setCount(1);
            case WEEKLY -> {
                repeat.setFrequency(1).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.WK);
                timing.setCode(new CodeableConcept(new Coding(FhirCodes.TIMING_ABBREVIATION, "WK", "weekly")));
            }
            default -> throw new IllegalArgumentException("unmapped frequency " + frequency);
        }
    }

    private static void perDay(Timing timing, Timing.TimingRepeatComponent repeat, int times, String code) {
        repeat.setFrequency(times).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
        timing.setCode(new CodeableConcept(new Coding(FhirCodes.TIMING_ABBREVIATION, code, null)));
    }

    private static void everyHours(Timing timing, Timing.TimingRepeatComponent repeat, int hours) {
        repeat.setFrequency(1).setPeriod(hours).setPeriodUnit(Timing.UnitsOfTime.H);
        timing.setCode(new CodeableConcept(new Coding(FhirCodes.TIMING_ABBREVIATION, "Q" + hours + "H", null)));
    }

    private static Duration duration(DoseDuration d) {
        String code = d.unit() == ChronoUnit.DAYS ? "d" : d.unit() == ChronoUnit.WEEKS ? "wk" : "mo";
        Duration duration = new Duration();
        duration.setValue(d.amount()).setUnit(code).setSystem(FhirCodes.UCUM).setCode(code);
        return duration;
    }
}
