package org.clinicdesk.core.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRowsTest {

    private static OcrWord word(String text, int x, int y, float confidence) {
        return new OcrWord(text, confidence, new WordBox(x, y, 20 * text.length(), 30), 0, 0);
    }

    @Test
    void tableReadColumnByColumnIsPutBackIntoRows() {
        // Tesseract's order: the name column, then the values, then the ranges.
        List<OcrWord> words = List.of(word("Haemoglobin", 0, 100, 90), word("Creatinine", 0, 150, 90),
                word("11.2", 400, 102, 90), word("0.9", 400, 149, 90), word("13.0-17.0", 600, 98, 90),
                word("0.7-1.3", 600, 151, 90));
        assertThat(PageRows.of(words).text()).isEqualTo("Haemoglobin 11.2 13.0-17.0\nCreatinine 0.9 0.7-1.3");
    }

    @Test
    void wordOffsetsAndConfidencePointIntoTheRowText() {
        PageRows rows = PageRows.of(List.of(word("Pulse", 0, 0, 90), word("96", 150, 2, 40)));
        OcrWord pulse = rows.words().get(1);
        assertThat(rows.text().substring(pulse.start(), pulse.end())).isEqualTo("96");
        assertThat(rows.confidenceOf(pulse.start(), pulse.end())).isEqualTo(0.4);
        assertThat(rows.confidenceOf(0, rows.text().length())).isEqualTo(0.65);
    }

    @Test
    void emptyPageHasEmptyRows() {
        assertThat(PageRows.of(List.of()).text()).isEmpty();
    }
}
