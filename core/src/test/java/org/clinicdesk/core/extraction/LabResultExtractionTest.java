package org.clinicdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinicdesk.core.common.DateOrder;
import org.junit.jupiter.api.Test;

class LabResultExtractionTest {
    private final FactExtractor extractor = new FactExtractor(DateOrder.DAY_FIRST);

    private List<LabResultFact> labs(String text) {
        return extractor.extract(text).stream().filter(LabResultFact.class::isInstance).map(LabResultFact.class::cast).toList();
    }

    @Test
    void reportRowGivesValueUnitRangeFlagAndLoinc() {
        LabResultFact hb = labs("Haemoglobin      10.2   g/dL   13.0 - 17.0   L").get(0);
        assertThat(hb.test()).isEqualTo("Hemoglobin");
        assertThat(hb.loinc()).contains("718-7");
        assertThat(hb.value()).isEqualByComparingTo("10.2");
        assertThat(hb.unit()).isEqualTo("g/dL");
        assertThat(hb.range().orElseThrow().low()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("13.0"));
        assertThat(hb.flag()).contains(LabFlag.LOW);
        assertThat(hb.flagPrinted()).isTrue();
        assertThat(hb.flagConflict()).isFalse();
    }

    @Test
    void flagIsWorkedOutFromTheRangeWhenNotPrinted() {
        LabResultFact glucose = labs("Fasting blood sugar: 168 mg/dL (70-100)").get(0);
        assertThat(glucose.loinc()).contains("1558-6");
        assertThat(glucose.flag()).contains(LabFlag.HIGH);
        assertThat(glucose.flagPrinted()).isFalse();
    }

    @Test
    void printedFlagThatContradictsTheRangeIsMarkedForReview() {
        LabResultFact k = labs("Potassium 4.1 mmol/L 3.5 - 5.1 H").get(0);
        assertThat(k.flag()).contains(LabFlag.HIGH);
        assertThat(k.flagConflict()).isTrue();
    }

    @Test
    void upperLimitOnlyRangeIsRead() {
        LabResultFact chol = labs("Total Cholesterol 232 mg/dL < 200").get(0);
        assertThat(chol.test()).isEqualTo("Total cholesterol");
        assertThat(chol.flag()).contains(LabFlag.HIGH);
    }

    @Test
    void shortNamesMatchOnlyInTheirPrintedCase() {
        assertThat(labs("Na 138 mmol/L 135-145\nK 3.2 mmol/L 3.5-5.1")).extracting(LabResultFact::test, LabResultFact::flag)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sodium", java.util.Optional.of(LabFlag.NORMAL)),
                        org.assertj.core.groups.Tuple.tuple("Potassium", java.util.Optional.of(LabFlag.LOW)));
        assertThat(labs("na 138 and k 3.2")).isEmpty();
    }

    @Test
    void headingWithoutValueIsNoResult() {
        assertThat(labs("LIPID PROFILE\nCholesterol, HDL and LDL follow")).isEmpty();
    }
}
