package org.clinicdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinicdesk.core.common.DateOrder;
import org.junit.jupiter.api.Test;

class OcrRepairTest {

    @Test
    void zeroReadAsAtSignIsRepairedInNumbersAndRanges() {
        assertThat(OcrRepair.repair("Creatinine 1.8 mg/dL @.7 - 1.3 H; ESR 58 mm/hr @ - 20; Cipro 50@ mg"))
                .isEqualTo("Creatinine 1.8 mg/dL 0.7 - 1.3 H; ESR 58 mm/hr 0 - 20; Cipro 500 mg");
    }

    @Test
    void lettersAmongDigitsBecomeDigits() {
        assertThat(OcrRepair.repair("Metformin 5O0 mg, 1l0 units, 25OO mg")).isEqualTo("Metformin 500 mg, 110 units, 2500 mg");
    }

    @Test
    void wordsAndAddressesAreLeftAlone() {
        String text = "SpO2 96% Dr. Olga, mail desk@clinic.org, Room 10 On call";
        assertThat(OcrRepair.repair(text)).isEqualTo(text);
    }

    @Test
    void repairKeepsTheLengthSoSpansStayValid() {
        String ocr = "Serum Creatinine 1.8 mg/dL @.7 - 1.3 H";
        LabResultFact fact = (LabResultFact) new FactExtractor(DateOrder.DAY_FIRST).extract(ocr).get(0);
        assertThat(fact.range().orElseThrow().low()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.7"));
        assertThat(fact.span().end()).isEqualTo(ocr.length());
    }

    @Test
    void decimalPointReadAsCommaOrColonIsRepairedButThousandsAndTimesAreNot() {
        assertThat(OcrRepair.repair("Hb 12,4 g/dL CRP 38:2 mg/L at 10:30, fee 1,000"))
                .isEqualTo("Hb 12.4 g/dL CRP 38.2 mg/L at 10:30, fee 1,000");
    }
}
