package org.clinicdesk.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.testing.Gen;
import org.clinicdesk.core.testing.SeededProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines written from known parts read back to them, with the flag the range implies; any text is read or refused. */
class LabResultParserPropertiesTest {
    private static final List<String> TESTS = List.of("Hb", "HbA1c", "Serum creatinine", "TSH", "Vitamin B12",
            "25-OH Vitamin D", "Blood sugar fasting", "T3", "Platelet count");
    private static final List<String> UNITS = List.of("g/dL", "mg/dL", "%", "mIU/L", "mmol/L", "x10^3/µL", "ng/mL");
    private static final List<String> NOISE_WORDS = List.of("Hb", "10.2", "g/dL", "(13-17)", "(", ")", "2024-03-02",
            "02/03/2024", "H", "L", "<", ">", "ref", "Negative", "Not", "detected", "on", "-", "13", "to", "17",
            "(<100)", "31/02/2024", "Mar", "2,", "[3.5-5.1]", "*", "(H)");

    @SeededProperty
    void lineWrittenFromPartsReadsBackWithTheRightFlag(Gen gen) {
        readsBack(gen.oneOf(TESTS), gen.ints(0, 5000), gen.oneOf(UNITS), gen.ints(0, 3000), gen.ints(0, 3000),
                LocalDate.of(1970, 1, 1).plusDays(gen.ints(0, 20_000)));
    }

    /** The value on each bound of its range, just outside it, zero and the largest, and the widest range. */
    @ParameterizedTest(name = "{1} tenths in {3}+{4} tenths")
    @CsvSource({"Hb,0,g/dL,0,0,1970-01-01", "TSH,5000,mIU/L,3000,3000,2024-10-04", "T3,130,%,130,40,2000-02-29",
            "T3,170,%,130,40,2000-02-29", "T3,129,%,130,40,2024-02-29", "T3,171,%,130,40,2024-02-29",
            "HbA1c,5000,%,0,3000,1970-01-01", "Hb,0,g/dL,1,0,1970-01-02", "Platelet count,3000,x10^3/µL,3000,0,2000-01-01"})
    void lineAtTheEdgesReadsBackWithTheRightFlag(String test, int valueTenths, String unit, int lowTenths,
                                                  int widthTenths, LocalDate date) {
        readsBack(test, valueTenths, unit, lowTenths, widthTenths, date);
    }

    private static void readsBack(String test, int valueTenths, String unit, int lowTenths, int widthTenths,
                                  LocalDate date) {
        BigDecimal value = BigDecimal.valueOf(valueTenths, 1);
        BigDecimal low = BigDecimal.valueOf(lowTenths, 1);
        BigDecimal high = BigDecimal.valueOf(lowTenths + widthTenths, 1);
        String line = test + " " + value.toPlainString() + " " + unit + " (" + low.toPlainString() + "-"
                + high.toPlainString() + ") " + date;
        LabResult r = LabResultParser.parse(line);
        assertThat(r.test()).as(line).isEqualTo(test);
        assertThat(r.numericValue()).as(line).contains(value);
        assertThat(r.unit()).as(line).isEqualTo(unit);
        assertThat(r.date()).as(line).contains(date);
        LabFlag expected = value.compareTo(low) < 0 ? LabFlag.LOW
                : value.compareTo(high) > 0 ? LabFlag.HIGH : LabFlag.NORMAL;
        assertThat(r.flag()).as(line).isEqualTo(expected);
    }

    @SeededProperty
    void anyTextIsReadOrRefusedWithAField(Gen gen) {
        readOrRefused(gen.wordsOrAnyText(NOISE_WORDS, 10, 40));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\t", "Hb", "10.2", "( )", "Hb (13-17)", "Hb 10.2 g/dL (17-13)",
            "Hb 10.2 g/dL (13-17) 31/02/2024", "Hb < ", "- - -", "- 10.2 g/dL", ": 5", "Not detected", "\u0000"})
    void textAtTheEdgesIsReadOrRefusedWithAField(String text) {
        readOrRefused(text);
    }

    private static void readOrRefused(String text) {
        try {
            LabResult r = LabResultParser.parse(text);
            assertThat(r.test()).as(text).isNotBlank();
            assertThat(r.value()).as(text).isNotBlank();
        } catch (ValidationException e) {
            assertThat(e.field()).as(text).isIn("lab result", "test", "value", "range", "flag", "date");
        }
    }
}
