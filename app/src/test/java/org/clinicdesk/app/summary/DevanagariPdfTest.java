package org.clinicdesk.app.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A patient named in Devanagari prints with the Noto Sans Devanagari that ships with ClinicDesk, whatever fonts the
 * machine has: PDFBox extracts the name back from the page, and the file embeds the font.
 */
class DevanagariPdfTest {
    static final String NAME = "सुनीता शर्मा";
    static final String ALLERGY = "पेनिसिलिन से एलर्जी";
    private static final Clock PRINTED = Clock.fixed(Instant.parse("2026-11-21T07:10:00Z"), SampleVisits.KOLKATA);

    static VisitSummary devanagariSummary() {
        VisitSummary s = SampleVisits.summary();
        VisitSummary.PatientLine p = s.patient();
        return new VisitSummary(s.clinic(), new VisitSummary.PatientLine(NAME, p.born(), p.age(), p.sex(), p.uhid(),
                List.of(ALLERGY)), s.vitals(), s.signedNote(), s.amendments(), s.doctor(), s.signedAt(), s.zone());
    }

    @ParameterizedTest
    @EnumSource(FontChoice.class)
    void devanagariNameComesBackFromThePage(FontChoice choice) {
        byte[] pdf = new VisitSummaryPdf(choice, PRINTED).render(devanagariSummary());
        String text = PdfText.of(pdf);
        assertThat(text).contains(NAME, ALLERGY).doesNotContain("??");
    }

    @ParameterizedTest
    @EnumSource(FontChoice.class)
    void theBundledDevanagariFontIsEmbedded(FontChoice choice) {
        byte[] pdf = new VisitSummaryPdf(choice, PRINTED).render(devanagariSummary());
        assertThat(fontNames(pdf)).anyMatch(n -> n.contains("NotoSansDevanagari"));
    }

    private static List<String> fontNames(byte[] pdf) {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName font : resources.getFontNames()) {
                    names.add(resources.getFont(font).getName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
