package org.clinicdesk.core.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.extraction.FactExtractor;
import org.junit.jupiter.api.Test;

/** A line read with low confidence comes out as "needs typing" and yields no fact; a sure line is read as before. */
class NeedsTypingTest {
    private static List<OcrWord> line(int y, float confidence, String... words) {
        List<OcrWord> out = new java.util.ArrayList<>();
        int x = 0;
        for (String w : words) {
            out.add(new OcrWord(w, confidence, new WordBox(x, y, 20 * w.length(), 30), 0, 0));
            x += 20 * w.length() + 15;
        }
        return out;
    }

    private static PageRows page() {
        List<OcrWord> words = new java.util.ArrayList<>(line(0, 93, "Tab.", "Cetirizine", "10", "mg", "OD"));
        words.addAll(line(100, 38, "Tab", "Amoxicillin", "500", "mg", "TDS"));
        return PageRows.of(words);
    }

    @Test
    void unsureLineNeedsTypingAndYieldsNoFact() {
        NeedsTyping unsure = NeedsTyping.of(page());
        assertThat(unsure.lines()).singleElement().satisfies(l -> assertThat(l.read()).contains("Amoxicillin"));
        var facts = new FactExtractor(DateOrder.DAY_FIRST).extract(unsure.readableText(), page().confidence());
        assertThat(facts).singleElement().satisfies(f -> assertThat(f.toString()).contains("Cetirizine"));
    }

    @Test
    void readableTextKeepsEveryOffset() {
        PageRows rows = page();
        NeedsTyping unsure = NeedsTyping.of(rows);
        assertThat(unsure.readableText()).hasSameSizeAs(rows.text());
        assertThat(unsure.readableText()).startsWith("Tab. Cetirizine 10 mg OD\n").doesNotContain("Amoxicillin");
    }
}
