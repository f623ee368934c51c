package org.clinicdesk.app.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.SoapText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisitSummaryPdfTest {
    private static final Clock PRINTED = Clock.fixed(Instant.parse("2026-11-21T07:10:00Z"), SampleVisits.KOLKATA);
    private final VisitSummaryPdf pdf = new VisitSummaryPdf(FontChoice.SYSTEM_UNICODE, PRINTED);

    @Test
    void everyFieldOfTheVisitIsPrinted() {
        String text = flat(PdfText.of(pdf.render(SampleVisits.summary())));
        assertThat(text).contains("Sunrise Family Clinic", "Site A", "VISIT SUMMARY",
                "Meera Raghunathan", "14/03/1992", "34 y · Female", "A-000123-K",
                "Allergies: Penicillin (rash), Sulfa drugs",
                "Taken 21 Nov 2026, 09:52 by nurse.asha", "118/76 mmHg", "104 /min", "22 /min", "38.6 °C",
                "95 % on air", "Alert", "61.5 kg", "158 cm", "24.6 kg/m²",
                "NEWS2 5 · Medium", "Medium: urgent response",
                "Fever for 3 days with sore throat", "No recent travel.",
                "Tonsils enlarged with exudate", "Acute bacterial tonsillitis (Centor 4).",
                "salt-water gargles", "amoxicillin replaced by azithromycin.",
                "Acute tonsillitis (ICD-10 J03.9)", "Mild dehydration",
                "Azithromycin 500 mg tablet", "Oral · OD (once a day) · for 3 days",
                "Paracetamol 650 mg tablet", "Oral · TDS (three times a day) · for 3 days",
                "1-1-1 (morning-afternoon-night)", "ORS 1 sachet", "Oral · PRN (when needed)",
                "after each loose stool",
                "21 Nov 2026, 12:05 · dr.menon", "Reason: Patient recalled a penicillin allergy after signing",
                "Changed: plan, prescriptions",
                "Signed by Dr. Anil Menon (dr.menon)", "21 Nov 2026, 10:30 IST (UTC+05:30)",
                "Printed 21 Nov 2026, 12:40 by ClinicDesk", "Page 1 of");
    }

    @Test
    void amendedNotePrintsItsCurrentTextNotTheReplacedPrescription() {
        String text = PdfText.of(pdf.render(SampleVisits.summary()));
        assertThat(text).contains("Consultation note (as amended)").doesNotContain("Amoxicillin 500 mg capsule");
    }

    @Test
    void flagsOverriddenAtSigningArePrintedWithTheirReason() {
        VisitSummary s = SampleVisits.summary().withOverriddenFlags(List.of(new VisitSummary.OverriddenFlag(
                "interaction: Warfarin 5 mg with Brufen 400: bleeding.", "INR 2.4 today, 3 days with PPI cover",
                "dr.menon", Instant.parse("2026-11-21T05:00:00Z"))));
        String text = flat(PdfText.of(pdf.render(s)));
        assertThat(text).contains("Flags overridden at signing", "interaction: Warfarin 5 mg with Brufen 400: bleeding.",
                "Reason: INR 2.4 today, 3 days with PPI cover (dr.menon, 21 Nov 2026, 10:30)");
        assertThat(flat(PdfText.of(pdf.render(SampleVisits.summary())))).doesNotContain("Flags overridden");
    }

    @Test
    void unamendedNoteHasNoAmendmentSection() {
        VisitSummary s = SampleVisits.summary();
        VisitSummary plain = new VisitSummary(s.clinic(), s.patient(), s.vitals(), s.signedNote(), List.of(),
                s.doctor(), s.signedAt(), s.zone());
        String text = PdfText.of(pdf.render(plain));
        assertThat(text).contains("Amoxicillin 500 mg capsule", "after food").doesNotContain("Amendments", "Reason:");
    }

    @Test
    void longNoteFlowsOverSeveralPagesLosingNothing() {
        int sentences = 150;
        byte[] bytes = pdf.render(SampleVisits.longSummary(sentences));
        int pages = PdfText.pageCount(bytes);
        String text = flat(PdfText.body(bytes));
        assertThat(pages).isGreaterThanOrEqualTo(3);
        for (int i = 1; i <= sentences; i++) {
            assertThat(text).contains("History sentence " + i + " describes");
        }
        assertThat(text).contains("END-OBJECTIVE", "END-ASSESSMENT", "END-PLAN", "Paracetamol 650 mg tablet",
                "No vitals were recorded for this visit.", "Allergies: not recorded");
        assertThat(PdfText.pages(bytes, pages, pages)).contains("Signed by Dr. Anil Menon",
                "Page " + pages + " of " + pages);
        assertThat(PdfText.pages(bytes, 2, 2)).contains("Meera Raghunathan · A-000123-K · Visit summary (continued)",
                "Page 2 of " + pages);
    }

    @Test
    void pagesAreA4() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.render(SampleVisits.longSummary(150)))) {
            doc.getPages().forEach(p -> {
                assertThat(p.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                assertThat(p.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            });
        }
    }

    @Test
    void standardFontsReplaceCharactersTheyLackAndKeepTheRest() {
        // Thai: neither Helvetica nor the bundled Devanagari font has it (Devanagari itself prints, see DevanagariPdfTest)
        VisitSummary s = withSubjective("ไข้ 3 วัน. Fever 3 days, 38.6 °C.");
        String text = PdfText.of(new VisitSummaryPdf(FontChoice.STANDARD_14, PRINTED).render(s));
        assertThat(text).contains("Fever 3 days, 38.6 °C.", "? ").doesNotContain("ไข้");
    }

    @Test
    void bundledFontPrintsTheVisitAndKeepsGreekLetters() {
        String text = flat(PdfText.of(new VisitSummaryPdf(FontChoice.BUNDLED, PRINTED)
                .render(withSubjective("Dose 5 µg, Δ 0.2 °C, SpO2 95 %"))));
        assertThat(text).contains("Sunrise Family Clinic", "Meera Raghunathan", "Dose 5 µg, Δ 0.2 °C, SpO2 95 %",
                "Signed by Dr. Anil Menon (dr.menon)");
    }

    @Test
    void unicodeFontKeepsDegreesAndSuperscripts() {
        String text = PdfText.of(pdf.render(SampleVisits.summary()));
        assertThat(text).contains("°C", "kg/m²", "·");
    }

    @Test
    void veryLongWordIsBrokenToFitTheColumn() {
        String word = "X".repeat(400);
        String text = PdfText.of(pdf.render(withSubjective(word)));
        assertThat(text.replaceAll("\\s", "")).contains(word);
    }

    @Test
    void documentIsDescribedForTheFileList() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.render(SampleVisits.summary()))) {
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Visit summary, Meera Raghunathan (A-000123-K)");
            assertThat(doc.getDocumentInformation().getCreator()).isEqualTo("ClinicDesk");
        }
    }

    @Test
    void writeReplacesTheFileWholeAndLeavesNoPartFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("summaries").resolve("A-000123-K.pdf");
        pdf.write(SampleVisits.summary(), file);
        pdf.write(SampleVisits.longSummary(50), file);
        assertThat(PdfText.of(Files.readAllBytes(file))).contains("History sentence 50 describes");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void failedWriteNamesTheFileAndLeavesNoPartFile(@TempDir Path dir) throws IOException {
        Path occupied = dir.resolve("summary.pdf");
        Files.createDirectories(occupied.resolve("not-empty"));
        assertThatThrownBy(() -> pdf.write(SampleVisits.summary(), occupied))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("summary.pdf");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(occupied);
        }
    }

    private static VisitSummary withSubjective(String subjective) {
        VisitSummary s = SampleVisits.summary();
        NoteContent note = new NoteContent(new SoapText(subjective, "o", "a", "p"), List.of(), List.of());
        return new VisitSummary(s.clinic(), s.patient(), s.vitals(), note, List.of(), s.doctor(), s.signedAt(),
                s.zone());
    }

    /** Extracted text with line breaks folded, so a phrase that wrapped still matches. */
    private static String flat(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
