package org.clinicdesk.app.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each character goes to the first font that has it; one that no font has becomes '?'. */
class FontChainTest {
    private PDDocument doc;
    private PDFont helvetica;
    private PDFont liberation;

    @BeforeEach
    void fonts() {
        doc = new PDDocument();
        helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        liberation = SummaryFonts.bundled(doc).orElseThrow();
    }

    @AfterEach
    void close() throws IOException {
        doc.close();
    }

    @Test
    void charactersTheFirstFontLacksGoToTheNext() {
        List<FontChain.Run> runs = new FontChain(List.of(helvetica, liberation)).runs("Dose 5 µg, Ω 3 °C");
        assertThat(runs).containsExactly(new FontChain.Run(helvetica, "Dose 5 µg, "),
                new FontChain.Run(liberation, "Ω"), new FontChain.Run(helvetica, " 3 °C"));
    }

    @Test
    void characterNoFontHasBecomesAQuestionMarkInTheFirstFont() {
        List<FontChain.Run> runs = new FontChain(List.of(helvetica, liberation)).runs("Ram राम");
        assertThat(runs).containsExactly(new FontChain.Run(helvetica, "Ram ???"));
    }

    @Test
    void tabsBecomeSpacesAndControlCharactersAreDropped() {
        List<FontChain.Run> runs = new FontChain(List.of(helvetica)).runs("a\tb\u0007c");
        assertThat(runs).containsExactly(new FontChain.Run(helvetica, "a bc"));
    }

    @Test
    void widthIsTheSumOfTheRunsAsDrawn() throws IOException {
        FontChain chain = new FontChain(List.of(helvetica, liberation));
        float expected = (helvetica.getStringWidth("A") + liberation.getStringWidth("Ω")) / 1000f * 10;
        assertThat(chain.width("AΩ", 10)).isCloseTo(expected, within(0.001f));
    }
}
