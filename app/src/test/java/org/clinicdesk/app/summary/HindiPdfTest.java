package org.clinicdesk.app.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.language.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A desk whose user chose Hindi prints the visit summary with Hindi labels, read back from the page with PDFBox (the
 * bundled Noto Sans Devanagari draws them); the same summary for an English user keeps the English labels.
 */
class HindiPdfTest {
    private static final Clock PRINTED = Clock.fixed(Instant.parse("2026-11-21T07:10:00Z"), SampleVisits.KOLKATA);

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH.locale());
    }

    @Test
    void aHindiUsersSummaryHasHindiLabels() {
        Messages.use(Language.HINDI.locale());
        String text = PdfText.of(new VisitSummaryPdf(FontChoice.BUNDLED, PRINTED).render(SampleVisits.summary()));
        assertThat(text).contains("विज़िट सारांश", "वाइटल्स", "रक्तचाप", "परामर्श नोट (संशोधित)", "दवाएँ",
                "मरीज़", "आयु · लिंग").doesNotContain("VISIT SUMMARY", "BLOOD PRESSURE", "Prescriptions", "Page 1 of");
    }

    @Test
    void anEnglishUsersSummaryKeepsEnglishLabels() {
        Messages.use(Language.ENGLISH.locale());
        String text = PdfText.of(new VisitSummaryPdf(FontChoice.BUNDLED, PRINTED).render(SampleVisits.summary()));
        assertThat(text).contains("VISIT SUMMARY", "BLOOD PRESSURE", "Prescriptions").doesNotContain("विज़िट सारांश");
    }
}
