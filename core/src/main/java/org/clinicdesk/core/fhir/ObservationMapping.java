package org.clinicdesk.core.fhir;

import java.math.BigDecimal;
import java.util.Map;
import org.clinicdesk.core.extraction.BloodPressureFact;
import org.clinicdesk.core.extraction.LabResultFact;
import org.clinicdesk.core.extraction.ReferenceRange;
import org.clinicdesk.core.extraction.VitalSignFact;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.SimpleQuantity;

/** Accepted vital signs and lab results become Observations coded in LOINC, with UCUM quantities. */
final class ObservationMapping {
    /** Units as reports print them, mapped to UCUM codes; anything else keeps the printed unit without a code. */
    private static final Map<String, String> UCUM = Map.ofEntries(
            Map.entry("g/dl", "g/dL"), Map.entry("mg/dl", "mg/dL"), Map.entry("mmol/l", "mmol/L"),
            Map.entry("%", "%"), Map.entry("u/l", "U/L"), Map.entry("iu/l", "[IU]/L"), Map.entry("miu/l", "m[IU]/L"),
            Map.entry("µiu/ml", "u[IU]/mL"), Map.entry("uiu/ml", "u[IU]/mL"), Map.entry("mg/l", "mg/L"),
            Map.entry("mm/h", "mm/h"), Map.entry("mm/hr", "mm/h"), Map.entry("10*3/ul", "10*3/uL"),
            Map.entry("10*6/ul", "10*6/uL"), Map.entry("10^3/ul", "10*3/uL"), Map.entry("10^6/ul", "10*6/uL"),
            Map.entry("10^9/l", "10*9/L"), Map.entry("10^12/l", "10*12/L"), Map.entry("/cumm", "/mm3"),
            Map.entry("umol/l", "umol/L"), Map.entry("µmol/l", "umol/L"), Map.entry("g/l", "g/L"));

    private ObservationMapping() {
    }

    static Observation vital(VitalSignFact fact, MappingContext ctx) {
        Observation o = base(ctx, ctx.idFor(fact), "vital-signs", "Vital Signs");
        o.setCode(new CodeableConcept(new Coding(FhirCodes.LOINC, fact.kind().loinc(), fact.kind().display())));
        o.setValue(quantity(fact.value(), fact.kind().ucum(), fact.kind().ucum()));
        return o;
    }

    static Observation bloodPressure(BloodPressureFact fact, MappingContext ctx) {
        Observation o = base(ctx, ctx.idFor(fact), "vital-signs", "Vital Signs");
        o.setCode(new CodeableConcept(new Coding(FhirCodes.LOINC, "85354-9", "Blood pressure panel with all children optional")));
        o.addComponent().setCode(new CodeableConcept(new Coding(FhirCodes.LOINC, "8480-6", "Systolic blood pressure")))
                .setValue(quantity(BigDecimal.valueOf(fact.systolic()), "mmHg", "mm[Hg]"));
        o.addComponent().setCode(new CodeableConcept(new Coding(FhirCodes.LOINC, "8462-4", "Diastolic blood pressure")))
                .setValue(quantity(BigDecimal.valueOf(fact.diastolic()), "mmHg", "mm[Hg]"));
        return o;
    }

    static Observation lab(LabResultFact fact, MappingContext ctx) {
        Observation o = base(ctx, ctx.idFor(fact), "laboratory", "Laboratory");
        CodeableConcept code = new CodeableConcept().setText(fact.test());
        fact.loinc().ifPresent(l -> code.addCoding(new Coding(FhirCodes.LOINC, l, fact.test())));
        o.setCode(code);
        String ucum = UCUM.get(fact.unit().toLowerCase(java.util.Locale.ROOT));
        Quantity value = new Quantity().setValue(fact.value()).setUnit(fact.unit());
        if (ucum != null) {
            value.setSystem(FhirCodes.UCUM).setCode(ucum);
        }
        o.setValue(value);
        fact.range().ifPresent(r -> o.addReferenceRange(range(r, fact.unit(), ucum)));
        fact.flag().ifPresent(f -> o.addInterpretation(new CodeableConcept(
                new Coding(FhirCodes.INTERPRETATION, f.hl7(), f.display()))));
        return o;
    }

    private static Observation base(MappingContext ctx, String id, String category, String display) {
        Observation o = new Observation();
        o.setId(id);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding(FhirCodes.OBSERVATION_CATEGORY, category, display)));
        o.setSubject(ctx.subject());
        o.addDerivedFrom(ctx.source());
        ctx.effective().ifPresent(o::setEffective);
        return o;
    }

    private static Quantity quantity(BigDecimal value, String unit, String ucum) {
        return new Quantity().setValue(value).setUnit(unit).setSystem(FhirCodes.UCUM).setCode(ucum);
    }

    private static Observation.ObservationReferenceRangeComponent range(ReferenceRange r, String unit, String ucum) {
        Observation.ObservationReferenceRangeComponent c = new Observation.ObservationReferenceRangeComponent();
        r.low().ifPresent(v -> c.setLow(simple(v, unit, ucum)));
        r.high().ifPresent(v -> c.setHigh(simple(v, unit, ucum)));
        return c;
    }

    private static SimpleQuantity simple(BigDecimal v, String unit, String ucum) {
        SimpleQuantity q = new SimpleQuantity();
        q.setValue(v).setUnit(unit);
        if (ucum != null) {
            q.setSystem(FhirCodes.UCUM).setCode(ucum);
        }
        return q;
    }
}
