package org.clinicdesk.core.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.testing.Gen;
import org.clinicdesk.core.testing.SeededProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Any line written from known parts reads back to those parts; any text at all is either read or refused clearly. */
class PrescriptionParserPropertiesTest {
    private static final Map<String, Frequency> FREQUENCIES = Map.ofEntries(Map.entry("OD", Frequency.OD),
            Map.entry("BD", Frequency.BD), Map.entry("TDS", Frequency.TDS), Map.entry("QID", Frequency.QID),
            Map.entry("HS", Frequency.QHS), Map.entry("SOS", Frequency.PRN), Map.entry("q8h", Frequency.Q8H),
            Map.entry("1-0-1", Frequency.BD), Map.entry("1-1-1", Frequency.TDS), Map.entry("0-0-1", Frequency.OD),
            Map.entry("twice daily", Frequency.BD), Map.entry("weekly", Frequency.WEEKLY));

    /** The parts a doctor writes and the line they make. */
    record Written(String drug, int amount, String unit, String form, String route, String frequency, int days,
                   String note) {
        String line() {
            return String.join(" ", "Tab".equals(form) ? "Tab " + drug : drug, amount + unit,
                    "Tab".equals(form) ? "" : form, route, frequency, days == 0 ? "" : "x " + days + " days", note)
                    .replaceAll("\\s+", " ");
        }
    }

    private static final List<String> DRUGS = List.of("Amoxicillin", "Paracetamol", "Metformin", "Ferrous sulphate",
            "Amoxicillin + Clavulanic acid", "Vitamin B12", "Losartan potassium");
    private static final List<String> NOTES = List.of("", "after food", "before breakfast", "with plenty of water");
    private static final List<String> NOISE_WORDS = List.of("Amoxicillin", "500", "mg", "500mg", "x", "5", "days",
            "TDS", "BD", "1-0-1", "inj", "IV", "tab", "drops", "eye", "3/7", "every", "hours", "SOS", "%", "ml", "/", "-",
            "½", "for", "after", "food", "0-0-0", "q6h", "units", "×", "..", "(", ")");

    static Written written(Gen gen) {
        return new Written(gen.oneOf(DRUGS), gen.ints(1, 2000), gen.oneOf("mg", "mcg", "g"), gen.oneOf("", "Tab", "cap"),
                gen.oneOf("", "oral"), gen.oneOf(FREQUENCIES.keySet().stream().sorted().toList()), gen.ints(0, 90),
                gen.oneOf(NOTES));
    }

    @SeededProperty
    void lineWrittenFromPartsReadsBackToThem(Gen gen) {
        readsBack(written(gen));
    }

    /** The smallest and largest amounts and courses, every frequency once, and the longest drug name with a note. */
    static Stream<Written> edgeLines() {
        Stream<Written> bounds = Stream.of(new Written("Paracetamol", 1, "mg", "", "", "OD", 0, ""),
                new Written("Amoxicillin + Clavulanic acid", 2000, "mcg", "Tab", "oral", "1-1-1", 90,
                        "with plenty of water"),
                new Written("Vitamin B12", 1, "g", "cap", "", "twice daily", 1, "before breakfast"));
        Stream<Written> frequencies = FREQUENCIES.keySet().stream().sorted()
                .map(f -> new Written("Metformin", 500, "mg", "Tab", "", f, 5, "after food"));
        return Stream.concat(bounds, frequencies);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeLines")
    void lineAtTheEdgesReadsBackToItsParts(Written w) {
        readsBack(w);
    }

    private static void readsBack(Written w) {
        Prescription p = PrescriptionParser.parse(w.line());
        assertThat(p.drug()).as(w.line()).isEqualTo(w.drug());
        assertThat(p.strength()).as(w.line()).isEqualTo(w.amount() + " " + w.unit());
        assertThat(p.frequency()).as(w.line()).isEqualTo(FREQUENCIES.get(w.frequency()));
        assertThat(p.route()).as(w.line()).isEqualTo(w.route().isEmpty() ? "oral" : w.route());
        assertThat(p.durationDays()).as(w.line()).isEqualTo(w.days() == 0 ? null : w.days());
        assertThat(p.form()).as(w.line())
                .isEqualTo(w.form().equals("Tab") ? "tablet" : w.form().isEmpty() ? "" : "capsule");
        assertThat(p.instructions()).as(w.line()).endsWith(w.note());
    }

    @SeededProperty
    void anyTextIsReadOrRefusedWithAField(Gen gen) {
        readOrRefused(gen.wordsOrAnyText(NOISE_WORDS, 12, 40));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\t", "Amoxicillin", "500mg", "Amoxicillin 500", "mg TDS", "x 5 days",
            "Amoxicillin 0 mg TDS", "Amoxicillin ½ mg", "Amoxicillin 500 mg 0-0-0", "Amoxicillin 500 mg x 3/7", "\u0000"})
    void textAtTheEdgesIsReadOrRefusedWithAField(String text) {
        readOrRefused(text);
    }

    private static void readOrRefused(String text) {
        try {
            Prescription p = PrescriptionParser.parse(text);
            assertThat(p.drug()).as(text).isNotBlank();
            assertThat(p.strength()).as(text).isNotBlank();
        } catch (ValidationException e) {
            assertThat(e.field()).as(text).isIn("prescription", "drug", "strength", "frequency", "route", "duration");
        }
    }
}
