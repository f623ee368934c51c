package org.clinicdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinicdesk.core.common.DateOrder;
import org.junit.jupiter.api.Test;

class HeadedTableTest {
    private final FactExtractor extractor = new FactExtractor(DateOrder.DAY_FIRST);

    private List<String> facts(String text) {
        return extractor.extract(text).stream().filter(f -> !(f instanceof DateFact)).map(HeadedTableTest::key).toList();
    }

    private static String key(ClinicalFact f) {
        if (f instanceof LabResultFact l) {
            return l.test() + " " + l.value().toPlainString() + " " + l.unit() + l.flag().map(x -> " " + x).orElse("");
        } else if (f instanceof BloodPressureFact bp) {
            return "BP " + bp.systolic() + "/" + bp.diastolic();
        } else if (f instanceof VitalSignFact v) {
            return v.kind() + " " + v.value().toPlainString();
        }
        return f.toString();
    }

    @Test
    void aFollowUpCardGivesEachVisitsValuesWithTheUnitsOfTheHeadings() {
        String card = """
                Follow-up record
                Date | FBS (mg/dL) | BP (mmHg) | Wt (kg)
                12/03/2024 | 142 | 140/90 | 72
                10/04/2024 | 128 | 134/84 | 71
                Review after one month""";
        assertThat(facts(card)).containsExactly("Fasting blood glucose 142 mg/dL", "BP 140/90",
                "Fasting blood glucose 128 mg/dL", "BP 134/84");
        LabResultFact first = (LabResultFact) extractor.extract(card).stream().filter(LabResultFact.class::isInstance)
                .findFirst().orElseThrow();
        assertThat(first.span().text()).isEqualTo("142");
        assertThat(extractor.extract(card).stream().filter(DateFact.class::isInstance)).hasSize(2);
    }

    @Test
    void rulesReadAsLettersAndMissingBarsChangeNothing() {
        // OCR reads a ruled line as "|", "l" or nothing at all.
        String card = """
                Visit date l HbA1c (%) l Pulse (/min) l Temp (F)
                02/01/2024 7.9 H | 88 | 99.1
                05/02/2024 l 6.8 l 76 l 98.4""";
        assertThat(facts(card)).containsExactly("HbA1c 7.9 % HIGH", "PULSE 88", "TEMPERATURE 37.3", "HbA1c 6.8 %",
                "PULSE 76", "TEMPERATURE 36.9");
    }

    @Test
    void aDashKeepsAnEmptyCellInPlace() {
        String card = "Date  FBS (mg/dL)  PPBS (mg/dL)  BP (mmHg)\n03/05/2024  -  212  150/92\n";
        assertThat(facts(card)).containsExactly("BP 150/92");
        assertThat(facts("Date  FBS (mg/dL)  PPBS (mg/dL)  BP (mmHg)\n03/05/2024  118  -  150/92\n"))
                .containsExactly("Fasting blood glucose 118 mg/dL", "BP 150/92");
    }

    @Test
    void aRowWhoseNumbersCannotBePlacedGivesNoNumbers() {
        // Two sugar columns, one number printed and no dash: which column it belongs to is a guess.
        assertThat(facts("Date | FBS (mg/dL) | PPBS (mg/dL) | BP (mmHg)\n03/05/2024 | 212 | 150/92\n"))
                .containsExactly("BP 150/92");
    }

    @Test
    void proseAndOrdinaryReportHeadingsAreNoHeadedTable() {
        assertThat(facts("BP and pulse were checked today\n120 80 72")).isEmpty();
        assertThat(facts("Test Result Unit Reference range Flag\nHaemoglobin 10.2 g/dL 13.0 - 17.0 L"))
                .containsExactly("Hemoglobin 10.2 g/dL LOW");
    }

    @Test
    void aValueMisreadAsAWordKeepsItsCellsPlaceAndProseEndsTheTable() {
        String card = """
                Date FBS {mg/dL} Wt (kg) Pulse {/min}
                04/12/2024 211i 86 90
                26/12/2024 106 88 80
                Rx
                1. Tab Ciprofloxacin 250 mg Q6H x 5 days""";
        assertThat(facts(card).stream().filter(f -> !f.startsWith("MedicationFact")))
                .containsExactly("PULSE 90", "Fasting blood glucose 106 mg/dL", "PULSE 80");
    }

    @Test
    void aHeadingOcrMisreadByOneLetterStillNamesItsTest() {
        // "HbA1c" read as "HbAI1c": a digit inside a name is no value, and one slip over a unit is still the test.
        assertThat(facts("Date BP (mmHg) Wt (kg) HbAI1c (%)\n21/09/2024 167/98 68 8.5\n"))
                .containsExactly("BP 167/98", "HbA1c 8.5 %");
        // Two slips, or a word near no test, name nothing: the column's numbers are not taken.
        assertThat(facts("Date BP (mmHg) PPBS (mg/dL)\n21/09/2024 167/98 212\n")).containsExactly("BP 167/98");
    }

    @Test
    void aValueIsNotMovedIntoAnotherColumnWhenAWordColumnIsBlankOrAValueMisread() {
        // "Wt" has no unit: it may hold words or numbers. With FBS blank (no dash), 72 may be the weight or the sugar.
        assertThat(facts("Date | Wt | FBS (mg/dL)\n12/03/2024 | 72 |\n")).isEmpty();
        // A misread sugar keeps its cell's place: 72 is the weight, not the sugar.
        assertThat(facts("Date | FBS (mg/dL) | Wt\n12/03/2024 | 14A | 72\n")).isEmpty();
        // Words hold their cell's place too, so a full row is still read.
        assertThat(facts("Date | Seen by | FBS (mg/dL) | Remarks\n12/03/2024 | Dr Rao | 142 | sugar high\n"))
                .containsExactly("Fasting blood glucose 142 mg/dL");
        assertThat(facts("Date | Wt | FBS (mg/dL)\n12/03/2024 | 72 | 142\n")).containsExactly("Fasting blood glucose 142 mg/dL");
        // A misread date still starts a row, and a ruled line read as a lone "i" is no cell (development data).
        assertThat(facts("Date FBS (mg/dL) HbA1c (%) BP (mmHg)\n02/09/2024 178 6.6 127/92\n24f/09/2024 235 8.8 162/87\n"))
                .containsExactly("Fasting blood glucose 178 mg/dL", "HbA1c 6.6 %", "BP 127/92",
                        "Fasting blood glucose 235 mg/dL", "HbA1c 8.8 %", "BP 162/87");
        assertThat(facts("Visit date Pulse (/min) HbA1c (%) Wt (kg)\n31/01/2025 63 6.4 i 74\n"))
                .containsExactly("PULSE 63", "HbA1c 6.4 %");
        // A speck read as a sign is no cell.
        assertThat(facts("Date Pulse (/min) BP (mmHg) HbA1c (%)\n12/07/2024 «| 78 162/83 10.3\n"))
                .containsExactly("PULSE 78", "BP 162/83", "HbA1c 10.3 %");
    }

    @Test
    void proseAfterATableIsNoRow() {
        String card = """
                Date | FBS (mg/dL) | Remarks
                12/03/2024 | 142 | fasting
                Repeat FBS after 2 weeks""";
        assertThat(facts(card)).containsExactly("Fasting blood glucose 142 mg/dL");
        // A line that starts with a number but has more runs of words than the table has columns for words.
        String later = """
                Date | Wt | FBS (mg/dL)
                12/03/2024 | 72 | 142
                2 weeks later, FBS 98 mg/dL and Wt 70 kg
                15/04/2024 | 70 | 131""";
        assertThat(facts(later)).containsExactly("Fasting blood glucose 142 mg/dL", "Fasting blood glucose 98 mg/dL");
    }

    @Test
    void aFlagLetterInACellIsACapitalStandingAlone() {
        // "H/O" (history of) after a value begins a remark; a lone l is a ruled line.
        assertThat(facts("Date | HbA1c (%) | Remarks\n02/01/2024 | 7.9 H/O hypoglycaemia\n")).containsExactly("HbA1c 7.9 %");
        assertThat(facts("Date | HbA1c (%) | Remarks\n02/01/2024 7.9 l well\n")).containsExactly("HbA1c 7.9 %");
        assertThat(facts("Date | HbA1c (%) | Remarks\n02/01/2024 7.9 H | fasting\n")).containsExactly("HbA1c 7.9 % HIGH");
    }
}
