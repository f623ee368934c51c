package org.clinicdesk.core.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.clinicdesk.core.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrescriptionParserTest {

    @Test
    void readsAFullyWrittenLine() {
        assertThat(PrescriptionParser.parse("Amoxicillin 500 mg cap oral TDS x 5 days after food")).isEqualTo(
                new Prescription("Amoxicillin", "500 mg", "capsule", "oral", Frequency.TDS, 5, "after food"));
    }

    @Test
    void readsFormBeforeDrugAndADosePattern() {
        assertThat(PrescriptionParser.parse("Tab Paracetamol 650mg 1-0-1 x 3 days")).isEqualTo(
                new Prescription("Paracetamol", "650 mg", "tablet", "oral", Frequency.BD, 3,
                        "1-0-1 (morning-afternoon-night)"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1-0-0, OD", "0-0-1, OD", "1-0-1, BD", "1-1-0, BD", "1-1-1, TDS", "1-1-1-1, QID", "½-0-½, BD",
            "1/2-0-1/2, BD", "2-0-2, BD", "0.5-0-1, BD"})
    void dosePatternGivesFrequencyAndIsKeptInInstructions(String pattern, Frequency frequency) {
        Prescription p = PrescriptionParser.parse("Metformin 500 mg " + pattern + " after food");
        assertThat(p.frequency()).isEqualTo(frequency);
        assertThat(p.instructions()).startsWith(pattern + " (morning-afternoon-").endsWith(", after food");
    }

    @Test
    void fourSlotPatternNamesTheEvening() {
        assertThat(PrescriptionParser.parse("Amoxicillin 250 mg 1-1-1-1").instructions())
                .isEqualTo("1-1-1-1 (morning-afternoon-evening-night)");
    }

    @Test
    void longTermMedicineHasNoDuration() {
        Prescription p = PrescriptionParser.parse("Metformin 500 mg BD");
        assertThat(p.durationDays()).isNull();
        assertThat(p.route()).isEqualTo("oral");
        assertThat(p.form()).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1} days")
    @CsvSource({"x 5 days, 5", "x5d, 5", "for 14 days, 14", "× 7 days, 7", "x 3/7, 3", "x 2/52, 14", "for 1/12, 30",
            "x 2 weeks, 14", "for 1 month, 30", "X 10 DAYS, 10"})
    void readsDurations(String duration, int days) {
        assertThat(PrescriptionParser.parse("Azithromycin 500 mg OD " + duration).durationDays()).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"OD, OD", "once daily, OD", "once a day, OD", "BD, BD", "bid, BD", "twice daily, BD", "TDS, TDS",
            "tid, TDS", "thrice daily, TDS", "three times a day, TDS", "QID, QID", "QDS, QID", "four times a day, QID",
            "HS, QHS", "at bedtime, QHS", "at night, QHS", "SOS, PRN", "PRN, PRN", "when needed, PRN", "STAT, STAT",
            "q6h, Q6H", "every 6 hours, Q6H", "6-hourly, Q6H", "8 hourly, Q8H", "every 4 hrs, Q4H", "every 12 hours, BD",
            "weekly, WEEKLY", "once a week, WEEKLY"})
    void readsFrequencies(String typed, Frequency frequency) {
        assertThat(PrescriptionParser.parse("Ibuprofen 400 mg " + typed).frequency()).isEqualTo(frequency);
    }

    @Test
    void drugNameContainingAFrequencyWordIsNotMisread() {
        Prescription p = PrescriptionParser.parse("Atorvastatin 20 mg HS");
        assertThat(p.drug()).isEqualTo("Atorvastatin");
        assertThat(p.frequency()).isEqualTo(Frequency.QHS);
    }

    @Test
    void injectionWithRouteAndShortDuration() {
        assertThat(PrescriptionParser.parse("Inj Ceftriaxone 1 g IV BD x 5d")).isEqualTo(
                new Prescription("Ceftriaxone", "1 g", "injection", "IV", Frequency.BD, 5, ""));
    }

    @Test
    void injectionWithoutRouteIsRefused() {
        assertThatThrownBy(() -> PrescriptionParser.parse("Inj Ceftriaxone 1g BD"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("route");
                    assertThat(e.reason()).contains("Ceftriaxone");
                });
    }

    @Test
    void dropsWithoutRouteAreRefused() {
        assertThatThrownBy(() -> PrescriptionParser.parse("Ciprofloxacin 0.3% drops 2 drops QID"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("route"));
    }

    @Test
    void eyeDropsKeepTheirDoseInInstructions() {
        assertThat(PrescriptionParser.parse("Moxifloxacin 0.5% eye drops 1 drop QID x 7 days")).isEqualTo(
                new Prescription("Moxifloxacin", "0.5%", "drops", "eye", Frequency.QID, 7, "dose 1 drop"));
    }

    @Test
    void syrupStrengthPerVolumeAndDosePerTime() {
        assertThat(PrescriptionParser.parse("Syp Cetirizine 5 mg/5 ml 5 ml HS x 5 days")).isEqualTo(
                new Prescription("Cetirizine", "5 mg/5 mL", "syrup", "oral", Frequency.QHS, 5, "dose 5 mL"));
    }

    @Test
    void inhalerDoseInPuffsIsTheStrengthAndTheRouteIsImplied() {
        assertThat(PrescriptionParser.parse("Salbutamol inhaler 2 puffs PRN")).isEqualTo(
                new Prescription("Salbutamol", "2 puffs", "inhaler", "inhaled", Frequency.PRN, null, ""));
    }

    @Test
    void combinationDrugWithAfterFoodAbbreviation() {
        assertThat(PrescriptionParser.parse("Amoxicillin + Clavulanic acid 625 mg 1-1-1 pc x 7 days")).isEqualTo(
                new Prescription("Amoxicillin + Clavulanic acid", "625 mg", "", "oral", Frequency.TDS, 7,
                        "1-1-1 (morning-afternoon-night), after food"));
    }

    @Test
    void multiWordDrugWithUnitsAndRoute() {
        assertThat(PrescriptionParser.parse("Insulin glargine 10 units SC at bedtime")).isEqualTo(
                new Prescription("Insulin glargine", "10 units", "", "SC", Frequency.QHS, null, ""));
    }

    @Test
    void drugNameWithDigitsAndInternationalUnits() {
        assertThat(PrescriptionParser.parse("Vitamin D3 60000 IU weekly x 8 weeks")).isEqualTo(
                new Prescription("Vitamin D3", "60000 IU", "", "oral", Frequency.WEEKLY, 56, ""));
    }

    @Test
    void whenNeededWithAnIntervalIsPrnWithItsLimit() {
        assertThat(PrescriptionParser.parse("Paracetamol 500 mg 2 tabs every 6 hours when needed for fever"))
                .isEqualTo(new Prescription("Paracetamol", "500 mg", "", "oral", Frequency.PRN, null,
                        "dose 2 tabs, at most Q6H (every 6 hours), for fever"));
    }

    @Test
    void instructionsKeepTheDoctorsWordsInOrder() {
        assertThat(PrescriptionParser.parse("Pantoprazole 40mg OD before breakfast for 14 days").instructions())
                .isEqualTo("before breakfast");
    }

    @Test
    void upperCaseLineReadsTheSame() {
        assertThat(PrescriptionParser.parse("AMOXICILLIN 500MG CAP TDS X 5 DAYS AFTER FOOD")).isEqualTo(
                new Prescription("AMOXICILLIN", "500 mg", "capsule", "oral", Frequency.TDS, 5, "AFTER FOOD"));
    }

    @Test
    void agreeingPatternAndAbbreviationAreAccepted() {
        assertThat(PrescriptionParser.parse("Metformin 500mg 1-0-1 BD").frequency()).isEqualTo(Frequency.BD);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Amoxicillin TDS x 5 days | strength",
            "Amoxicillin 500 mg x 5 days | frequency",
            "500 mg TDS x 5 days | drug",
            "Metformin 500 mg BD 1-1-1 | frequency",
            "Metformin 500 mg BD TDS | frequency",
            "Paracetamol 500 mg every 3 hours | frequency",
            "Amoxicillin 500 mg TDS x 0 days | duration",
            "Amoxicillin 500 mg TDS x 5 days x 7 days | duration",
            "Amoxicillin 500 mg TDS oral IV | route",
            "Metformin 500 mg 0-0-0 | frequency",
            "Metformin 500 mg BD x 99999999999 days | duration",
            "Paracetamol 500 mg every 99999999999 hours | frequency"})
    void unclearLineIsRefusedNamingWhatIsUnclear(String line, String field) {
        assertThatThrownBy(() -> PrescriptionParser.parse(line))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void blankLineIsRefused() {
        assertThatThrownBy(() -> PrescriptionParser.parse("  "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("prescription"));
    }

    @Test
    void severalLinesSkipBlanksAndNameTheBadLine() {
        List<Prescription> ok = PrescriptionParser.parseAll("Amoxicillin 500 mg TDS x 5 days\n\nParacetamol 650 mg SOS\n");
        assertThat(ok).extracting(Prescription::drug).containsExactly("Amoxicillin", "Paracetamol");
        assertThatThrownBy(() -> PrescriptionParser.parseAll("Amoxicillin 500 mg TDS\nParacetamol SOS"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("strength");
                    assertThat(e.reason()).startsWith("line 2: ");
                });
    }
}
