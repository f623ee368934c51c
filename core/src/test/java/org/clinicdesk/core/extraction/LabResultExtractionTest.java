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

    @Test
    void aFlagInBracketsBetweenTheUnitAndTheRangeIsRead() {
        LabResultFact sugar = labs("Fasting Blood Sugar   168   mg/dL (H)   [70 - 100]").get(0);
        assertThat(sugar.flag()).contains(LabFlag.HIGH);
        assertThat(sugar.flagPrinted()).isTrue();
        assertThat(sugar.range().orElseThrow().high()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
        LabResultFact hb = labs("Haemoglobin 9.4 g/dL (L) [13.0 - 17.0]").get(0);
        assertThat(hb.flag()).contains(LabFlag.LOW);
    }

    @Test
    void everyCommonWayOfPrintingAFlagIsRead() {
        String report = String.join("\n",
                "Serum Creatinine 2.1 mg/dL H 0.7 - 1.3",
                "Serum Sodium 128 mmol/L 135 - 145 Low",
                "Serum Potassium 5.9 mmol/L 3.5 - 5.1 High",
                "Blood Urea 64 * mg/dL 15 - 40",
                "Total Cholesterol 232 mg/dL < 200 *",
                "Triglycerides 310 mg/dL [< 150] ↑",
                "Haemoglobin 9.1 g/dL ↓ 13.0 - 17.0",
                "TSH 6.20 mIU/L (H) 0.4 - 4.0");
        assertThat(labs(report)).extracting(LabResultFact::test, l -> l.flag().orElse(null))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Creatinine", LabFlag.HIGH),
                        org.assertj.core.groups.Tuple.tuple("Sodium", LabFlag.LOW),
                        org.assertj.core.groups.Tuple.tuple("Potassium", LabFlag.HIGH),
                        org.assertj.core.groups.Tuple.tuple("Urea", LabFlag.HIGH),
                        org.assertj.core.groups.Tuple.tuple("Total cholesterol", LabFlag.HIGH),
                        org.assertj.core.groups.Tuple.tuple("Triglycerides", LabFlag.HIGH),
                        org.assertj.core.groups.Tuple.tuple("Hemoglobin", LabFlag.LOW),
                        org.assertj.core.groups.Tuple.tuple("TSH", LabFlag.HIGH));
        assertThat(labs(report)).allSatisfy(l -> assertThat(l.range()).isPresent());
    }

    @Test
    void aLoneFlagLetterIsNeverTakenForTheUnit() {
        LabResultFact k = labs("K 6.1 H 3.5-5.1").get(0);
        assertThat(k.unit()).isEqualTo("mmol/L");
        assertThat(k.flag()).contains(LabFlag.HIGH);
    }

    @Test
    void aRangeInBracketsOcrReadAsMismatchedOrCurlyIsRead() {
        assertThat(labs("SGPT 33 U/L {7 - 56]\nESR 13 mm/hr {@ - 20)\nFasting Blood Sugar 223 mg/dl (H) [7@ - 100)"))
                .extracting(LabResultFact::test, l -> l.flag().orElse(null), l -> l.range().isPresent())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ALT", LabFlag.NORMAL, true),
                        org.assertj.core.groups.Tuple.tuple("ESR", LabFlag.NORMAL, true),
                        org.assertj.core.groups.Tuple.tuple("Fasting blood glucose", LabFlag.HIGH, true));
    }

    @Test
    void aFlagLetterIsACapitalOfItsOwnNotARuleOrAnAbbreviation() {
        // OCR reads a ruled line as a lone "l"; "H/O" is history of, "L/E" local examination.
        LabResultFact sodium = labs("Sodium 135 mmol/L l 135-145").get(0);
        assertThat(sodium.flagPrinted()).isFalse();
        assertThat(sodium.flag()).isNotEqualTo(java.util.Optional.of(LabFlag.LOW));
        LabResultFact potassium = labs("Potassium 4.2 mmol/L H/O CKD").get(0);
        assertThat(potassium.flagPrinted()).isFalse();
        assertThat(potassium.flag()).isEmpty();
        LabResultFact hb = labs("Haemoglobin 12.8 g/dL L/E pallor").get(0);
        assertThat(hb.flagPrinted()).isFalse();
        assertThat(hb.flag()).isEmpty();
        assertThat(labs("Haemoglobin 12.8 g/dL (l)").get(0).flagPrinted()).isFalse();
        // Printed capitals are still flags.
        assertThat(labs("Sodium 128 mmol/L L 135-145").get(0).flag()).contains(LabFlag.LOW);
        assertThat(labs("Sodium 128 mmol/L 135-145 L").get(0).flagPrinted()).isTrue();
    }
}
