package org.clinicdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinicdesk.core.common.DateOrder;
import org.junit.jupiter.api.Test;

/** A number that may be misread is marked "check the value" and offered with low confidence, never as read. */
class DoubtfulNumbersTest {
    private final FactExtractor extractor = new FactExtractor(DateOrder.DAY_FIRST);

    private LabResultFact lab(String text, SpanConfidence ocr) {
        return extractor.extract(text, ocr).stream().filter(LabResultFact.class::isInstance)
                .map(LabResultFact.class::cast).findFirst().orElseThrow();
    }

    private LabResultFact lab(String text) {
        return lab(text, SpanConfidence.TYPED_TEXT);
    }

    @Test
    void creatinineTenWhereTheRangeSaysOnePointSomethingHasADoubtfulDecimalPoint() {
        LabResultFact misread = lab("Serum creatinine 10 mg/dL 0.6 - 1.3");
        assertThat(misread.doubts()).contains(ValueDoubt.DOUBTFUL_DECIMAL_POINT);
        assertThat(misread.checkTheValue()).isTrue();
        assertThat(misread.confidence()).isLessThanOrEqualTo(0.5);
        assertThat(lab("Serum creatinine 10 mg/dL").doubts()).as("no printed range: the usual one")
                .contains(ValueDoubt.DOUBTFUL_DECIMAL_POINT);
    }

    @Test
    void aMisreadRangeDoesNotHideALostPoint() {
        LabResultFact fact = lab("Serum creatinine 10 mg/dL 06-1.3");
        assertThat(fact.doubts()).contains(ValueDoubt.DOUBTFUL_RANGE, ValueDoubt.DOUBTFUL_DECIMAL_POINT);
    }

    @Test
    void aCleanPlausibleValueIsNotDoubted() {
        LabResultFact clean = lab("Serum creatinine 1.0 mg/dL 0.6 - 1.3");
        assertThat(clean.doubts()).isEmpty();
        assertThat(clean.confidence()).isGreaterThan(0.75);
        assertThat(lab("Platelet count 250 10^3/uL 150 - 450").doubts()).isEmpty();
        assertThat(lab("Fasting blood glucose 186 mg/dL 70 - 100").doubts()).as("truly high, no point to lose").isEmpty();
    }

    @Test
    void aRepairedDecimalPointIsDoubtful() {
        assertThat(lab("Serum creatinine 1,4 mg/dL").doubts()).containsExactly(ValueDoubt.DOUBTFUL_DECIMAL_POINT);
        assertThat(lab("Glucose 1l2 mg/dL").doubts()).containsExactly(ValueDoubt.LOW_CONFIDENCE_DIGIT);
    }

    @Test
    void aDigitReadWithLowConfidenceMakesTheValueDoubtful() {
        String text = "Potassium 4.2 mmol/L";
        int digit = text.indexOf('2');
        LabResultFact fact = lab(text, new SpanConfidence() {
            @Override
            public double of(int start, int end) {
                return 0.95;
            }

            @Override
            public double lowestCharacter(int start, int end) {
                return start <= digit && digit < end ? 0.4 : 0.95;
            }
        });
        assertThat(fact.doubts()).containsExactly(ValueDoubt.LOW_CONFIDENCE_DIGIT);
    }

    @Test
    void implausibleValuesAreDoubted() {
        assertThat(lab("Potassium 45 mmol/L").doubts()).contains(ValueDoubt.IMPLAUSIBLE);
        assertThat(lab("TSH 60 mIU/L 0.4 - 4.5").doubts()).contains(ValueDoubt.IMPLAUSIBLE);
        assertThat(lab("Creatinine 88 umol/L").doubts()).as("another unit: the mg/dL limits do not apply").isEmpty();
    }
}
