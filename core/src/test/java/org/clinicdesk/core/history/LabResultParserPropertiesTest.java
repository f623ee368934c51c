package org.clinicdesk.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.clinicdesk.core.common.ValidationException;

/** Lines written from known parts read back to them, with the flag the range implies; any text is read or refused. */
class LabResultParserPropertiesTest {

    @Property
    void lineWrittenFromPartsReadsBackWithTheRightFlag(@ForAll("tests") String test,
            @ForAll @IntRange(min = 0, max = 5000) int valueTenths, @ForAll("units") String unit,
            @ForAll @IntRange(min = 0, max = 3000) int lowTenths, @ForAll @IntRange(min = 0, max = 3000) int widthTenths,
            @ForAll("dates") LocalDate date) {
        BigDecimal value = BigDecimal.valueOf(valueTenths, 1);
        BigDecimal low = BigDecimal.valueOf(lowTenths, 1);
        BigDecimal high = BigDecimal.valueOf(lowTenths + widthTenths, 1);
        String line = test + " " + value.toPlainString() + " " + unit + " (" + low.toPlainString() + "-"
                + high.toPlainString() + ") " + date;
        LabResult r = LabResultParser.parse(line);
        assertThat(r.test()).isEqualTo(test);
        assertThat(r.numericValue()).contains(value);
        assertThat(r.unit()).isEqualTo(unit);
        assertThat(r.date()).contains(date);
        LabFlag expected = value.compareTo(low) < 0 ? LabFlag.LOW
                : value.compareTo(high) > 0 ? LabFlag.HIGH : LabFlag.NORMAL;
        assertThat(r.flag()).isEqualTo(expected);
    }

    @Property
    void anyTextIsReadOrRefusedWithAField(@ForAll("noise") String text) {
        try {
            LabResult r = LabResultParser.parse(text);
            assertThat(r.test()).isNotBlank();
            assertThat(r.value()).isNotBlank();
        } catch (ValidationException e) {
            assertThat(e.field()).isIn("lab result", "test", "value", "range", "flag", "date");
        }
    }

    @Provide
    Arbitrary<String> tests() {
        return Arbitraries.of("Hb", "HbA1c", "Serum creatinine", "TSH", "Vitamin B12", "25-OH Vitamin D",
                "Blood sugar fasting", "T3", "Platelet count");
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("g/dL", "mg/dL", "%", "mIU/L", "mmol/L", "x10^3/µL", "ng/mL");
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 20_000).map(d -> LocalDate.of(1970, 1, 1).plusDays(d));
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> words = Arbitraries.of("Hb", "10.2", "g/dL", "(13-17)", "(", ")", "2024-03-02", "02/03/2024",
                "H", "L", "<", ">", "ref", "Negative", "Not", "detected", "on", "-", "13", "to", "17", "(<100)",
                "31/02/2024", "Mar", "2,", "[3.5-5.1]", "*", "(H)");
        return Arbitraries.oneOf(words.list().ofMaxSize(10).map(l -> String.join(" ", l)),
                Arbitraries.strings().ofMaxLength(40));
    }
}
