package org.clinicdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.clinicdesk.core.common.DateOrder;
import org.junit.jupiter.api.Test;

class VitalSignExtractionTest {
    private final FactExtractor extractor = new FactExtractor(DateOrder.DAY_FIRST);

    @Test
    void vitalsLineGivesEachSign() {
        List<ClinicalFact> facts = extractor.extract("Vitals: BP 142/90 mmHg, Pulse 96 bpm, RR 18/min, Temp 38.2 C, SpO2 95%");
        assertThat(facts).contains(new BloodPressureFact(142, 90, facts.get(0).span(), 0.95));
        assertThat(facts).filteredOn(VitalSignFact.class::isInstance).map(VitalSignFact.class::cast)
                .extracting(VitalSignFact::kind, v -> v.value().stripTrailingZeros())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(VitalKind.PULSE, new BigDecimal("96")),
                        org.assertj.core.groups.Tuple.tuple(VitalKind.RESPIRATORY_RATE, new BigDecimal("18")),
                        org.assertj.core.groups.Tuple.tuple(VitalKind.TEMPERATURE, new BigDecimal("38.2")),
                        org.assertj.core.groups.Tuple.tuple(VitalKind.SPO2, new BigDecimal("95")));
    }

    @Test
    void fahrenheitIsKeptInCelsiusAndRemembersThePrintedUnit() {
        VitalSignFact t = (VitalSignFact) extractor.extract("Temperature: 101.3 °F").get(0);
        assertThat(t.value()).isEqualByComparingTo("38.5");
        assertThat(t.printedUnit()).isEqualTo("F");
    }

    @Test
    void temperatureWithoutUnitIsJudgedFromTheValueWithLowerConfidence() {
        VitalSignFact t = (VitalSignFact) extractor.extract("Temp 99.5").get(0);
        VitalSignFact c = (VitalSignFact) extractor.extract("Temp 37.5 C").get(0);
        assertThat(t.printedUnit()).isEqualTo("F");
        assertThat(t.value()).isEqualByComparingTo("37.5");
        assertThat(t.confidence()).isLessThan(c.confidence());
    }

    @Test
    void ocrSpellingsOfSpo2AreRead() {
        assertThat(extractor.extract("Sp02: 97 %")).singleElement().isInstanceOf(VitalSignFact.class)
                .extracting(f -> ((VitalSignFact) f).kind()).isEqualTo(VitalKind.SPO2);
    }

    @Test
    void impossibleValuesAreNotSuggested() {
        assertThat(extractor.extract("BP 80/120\nPulse 600\nSpO2 140%\nTemp 62 C")).isEmpty();
    }

    @Test
    void esrUnitFollowedByANumberIsNotAPulse() {
        assertThat(extractor.extract("ESR 58 mm/hr 20\nhr 80")).filteredOn(VitalSignFact.class::isInstance).isEmpty();
    }
}
