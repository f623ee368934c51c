package org.clinicdesk.core.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.clinicdesk.core.common.ValidationException;

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

    @Property
    void lineWrittenFromPartsReadsBackToThem(@ForAll("lines") Written w) {
        Prescription p = PrescriptionParser.parse(w.line());
        assertThat(p.drug()).isEqualTo(w.drug());
        assertThat(p.strength()).isEqualTo(w.amount() + " " + w.unit());
        assertThat(p.frequency()).isEqualTo(FREQUENCIES.get(w.frequency()));
        assertThat(p.route()).isEqualTo(w.route().isEmpty() ? "oral" : w.route());
        assertThat(p.durationDays()).isEqualTo(w.days() == 0 ? null : w.days());
        assertThat(p.form()).isEqualTo(w.form().equals("Tab") ? "tablet" : w.form().isEmpty() ? "" : "capsule");
        assertThat(p.instructions()).endsWith(w.note());
    }

    @Property
    void anyTextIsReadOrRefusedWithAField(@ForAll("noise") String text) {
        try {
            Prescription p = PrescriptionParser.parse(text);
            assertThat(p.drug()).isNotBlank();
            assertThat(p.strength()).isNotBlank();
        } catch (ValidationException e) {
            assertThat(e.field()).isIn("prescription", "drug", "strength", "frequency", "route", "duration");
        }
    }

    @Provide
    Arbitrary<Written> lines() {
        Arbitrary<String> drug = Arbitraries.of("Amoxicillin", "Paracetamol", "Metformin", "Ferrous sulphate",
                "Amoxicillin + Clavulanic acid", "Vitamin B12", "Losartan potassium");
        Arbitrary<Integer> amount = Arbitraries.integers().between(1, 2000);
        Arbitrary<String> unit = Arbitraries.of("mg", "mcg", "g");
        Arbitrary<String> form = Arbitraries.of("", "Tab", "cap");
        Arbitrary<String> route = Arbitraries.of("", "oral");
        Arbitrary<String> frequency = Arbitraries.of(FREQUENCIES.keySet().stream().sorted().toList());
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 90);
        Arbitrary<String> note = Arbitraries.of("", "after food", "before breakfast", "with plenty of water");
        return Combinators.combine(drug, amount, unit, form, route, frequency, days, note).as(Written::new);
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> words = Arbitraries.of("Amoxicillin", "500", "mg", "500mg", "x", "5", "days", "TDS", "BD",
                "1-0-1", "inj", "IV", "tab", "drops", "eye", "3/7", "every", "hours", "SOS", "%", "ml", "/", "-", "½",
                "for", "after", "food", "0-0-0", "q6h", "units", "×", "..", "(", ")");
        Arbitrary<String> fromWords = words.list().ofMaxSize(12).map(l -> String.join(" ", l));
        return Arbitraries.oneOf(fromWords, Arbitraries.strings().ofMaxLength(40));
    }
}
