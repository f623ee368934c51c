package org.clinicdesk.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clinicdesk.core.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabResultParserTest {
    private static final LocalDate MARCH_2 = LocalDate.of(2024, 3, 2);

    @Test
    void readsTheTypicalLine() {
        LabResult r = LabResultParser.parse("Hb 10.2 g/dL (13-17) 2024-03-02");
        assertThat(r).isEqualTo(new LabResult("Hb", "10.2", "g/dL",
                Optional.of(ReferenceRange.between(new BigDecimal("13"), new BigDecimal("17"))), LabFlag.LOW,
                Optional.of(MARCH_2)));
        assertThat(r.summary()).isEqualTo("Hb 10.2 g/dL (13-17) low");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Creatinine 1.4 mg/dL (0.7-1.3) H 2024-03-02 | HIGH",
            "Creatinine 1.0 mg/dL (0.7-1.3) 2024-03-02 | NORMAL",
            "Creatinine 0.7 mg/dL (0.7-1.3) | NORMAL",
            "Creatinine 1.3 mg/dL (0.7 - 1.3) | NORMAL",
            "TSH 5.6 mIU/L (0.4–4.0) | HIGH",
            "LDL 160 mg/dL (<100) | HIGH",
            "HDL 32 mg/dL (>40) | LOW",
            "Potassium 5.8 mmol/L [3.5-5.1] (H) | HIGH",
            "Sodium 128 mmol/L ref 135-145 | LOW",
            "Platelets 150 x10^3/µL (150 to 400) | NORMAL",
            "HbA1c 7.8 % (4.0-5.6 %) | HIGH",
            "INR 1.1 (0.8-1.2) | NORMAL",
            "Hb 10.2 g/dL | UNKNOWN",
            "Hb 10.2 g/dL L | LOW",
            "ESR 40 mm/hr * | ABNORMAL"})
    void flagsTheValueAgainstItsRange(String line, LabFlag flag) {
        assertThat(LabResultParser.parse(line).flag()).isEqualTo(flag);
    }

    @ParameterizedTest(name = "{0} -> {1} | {2} | {3}")
    @CsvSource(delimiter = '|', value = {
            "Vitamin B12 180 pg/mL (200-900) | Vitamin B12 | 180 | pg/mL",
            "25-OH Vitamin D 12 ng/mL (30-100) | 25-OH Vitamin D | 12 | ng/mL",
            "Blood sugar fasting: 126 mg/dL (70-100) | Blood sugar fasting | 126 | mg/dL",
            "T3 1.2 ng/mL | T3 | 1.2 | ng/mL",
            "Specific gravity 1.020 | Specific gravity | 1.020 | ''",
            "CRP <0.5 mg/dL (<0.5) | CRP | <0.5 | mg/dL",
            "HIV 1/2 antibodies Non-reactive 2024-03-02 | HIV 1/2 antibodies | Non-reactive | ''",
            "Dengue NS1 antigen Not detected | Dengue NS1 antigen | Not detected | ''",
            "Urine sugar Nil | Urine sugar | Nil | ''"})
    void separatesTestValueAndUnit(String line, String test, String value, String unit) {
        LabResult r = LabResultParser.parse(line);
        assertThat(r.test()).isEqualTo(test);
        assertThat(r.value()).isEqualTo(value);
        assertThat(r.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Hb 10.2 g/dL (13-17) 2024-03-02 | 2024-03-02",
            "Hb 10.2 g/dL (13-17) on 2 Mar 2024 | 2024-03-02",
            "Hb 10.2 g/dL (13-17) 02-Mar-2024 | 2024-03-02",
            "Hb 10.2 g/dL (13-17) March 2, 2024 | 2024-03-02",
            "Hb 10.2 g/dL (13-17) 25/03/2024 | 2024-03-25",
            "Hb 10.2 g/dL (13-17) 03/25/2024 | 2024-03-25",
            "Hb 10.2 g/dL (13-17) 03.03.2024 | 2024-03-03",
            "2024-03-02 Hb 10.2 g/dL (13-17) | 2024-03-02"})
    void readsUnambiguousDates(String line, LocalDate date) {
        LabResult r = LabResultParser.parse(line);
        assertThat(r.date()).contains(date);
        assertThat(r.test()).isEqualTo("Hb");
        assertThat(r.unit()).isEqualTo("g/dL");
    }

    @Test
    void dayMonthAmbiguousDateIsRefusedWithBothReadings() {
        assertThatThrownBy(() -> LabResultParser.parse("Hb 10.2 g/dL (13-17) 02/03/2024"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("date");
                    assertThat(e.reason()).contains("2 Mar 2024", "3 Feb 2024", "YYYY-MM-DD");
                });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Hb 10.2 g/dL (13-17) H | flag",
            "LDL 60 mg/dL (<100) H | flag",
            "Hb 10.2 g/dL (17-13) | range",
            "Hb 10.2 g/dL (13-17) (12-16) | range",
            "Hb 10.2 g/dL (13-17) 2024-02-30 | date",
            "Hb 10.2 g/dL 2024-03-02 2024-03-05 | date",
            "Hb g/dL (13-17) | value",
            "10.2 g/dL (13-17) | value",
            "HIV Negative (13-17) | value",
            "'   ' | lab result"})
    void unclearLineIsRefusedNamingWhatIsUnclear(String line, String field) {
        assertThatThrownBy(() -> LabResultParser.parse(line))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void severalLinesNameTheBadLine() {
        List<LabResult> ok = LabResultParser.parseAll("Hb 10.2 g/dL (13-17)\n\nTSH 2.1 mIU/L (0.4-4.0)");
        assertThat(ok).extracting(LabResult::test).containsExactly("Hb", "TSH");
        assertThatThrownBy(() -> LabResultParser.parseAll("Hb 10.2 g/dL\nTSH 2.1 mIU/L 01/02/2024"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.reason()).startsWith("line 2: "));
    }

    @Test
    void summaryShowsOpenRangesAndOmitsNormalFlag() {
        assertThat(LabResultParser.parse("HDL 32 mg/dL (>40)").summary()).isEqualTo("HDL 32 mg/dL (>40) low");
        assertThat(LabResultParser.parse("TSH 2.1 mIU/L (0.4-4.0)").summary()).isEqualTo("TSH 2.1 mIU/L (0.4-4.0)");
    }
}
