package org.clinicdesk.app.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.clinicdesk.app.gui.common.Messages;

/**
 * Writes a visit summary as an A4 PDF that a clinic hands to the patient: clinic header, patient, vitals with NEWS2,
 * the note with diagnoses and prescriptions, amendments, signature, and "page n of m" on every page. It blocks while it
 * works, so the window calls it from a background task.
 */
public final class VisitSummaryPdf {
    private final FontChoice fontChoice;
    private final Clock clock;

    public VisitSummaryPdf() {
        this(FontChoice.SYSTEM_UNICODE, Clock.systemDefaultZone());
    }

    public VisitSummaryPdf(FontChoice fontChoice, Clock clock) {
        this.fontChoice = fontChoice;
        this.clock = clock;
    }

    public byte[] render(VisitSummary summary) {
        try (PDDocument doc = new PDDocument()) {
            SummaryFonts fonts = SummaryFonts.load(doc, fontChoice);
            SummaryLayout[] layout = new SummaryLayout[1];
            try (PdfCanvas canvas = new PdfCanvas(doc, fonts, c -> runningHeader(layout[0]))) {
                layout[0] = new SummaryLayout(canvas, summary);
                canvas.firstPage();
                layout[0].all();
            }
            footers(doc, fonts, summary);
            describe(doc, summary);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the visit summary of " + summary.patient().uhid(), e);
        }
    }

    /** Writes the PDF to {@code file} whole or not at all: a failed write leaves what was there before. */
    public void write(VisitSummary summary, Path file) {
        PdfFile.write(render(summary), file, "the visit summary");
    }

    private static void runningHeader(SummaryLayout layout) {
        try {
            layout.runningHeader();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void footers(PDDocument doc, SummaryFonts fonts, VisitSummary s) throws IOException {
        PdfCanvas.footers(doc, fonts, Messages.get("pdf.summary.printed", SummaryText.time(clock.instant(), s.zone()),
                s.patient().name(), s.patient().uhid()));
    }

    private void describe(PDDocument doc, VisitSummary s) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(Messages.get("pdf.summary.documentTitle", s.patient().name(), s.patient().uhid()));
        info.setSubject(Messages.get("pdf.summary.documentSubject", SummaryText.time(s.signedAt(), s.zone())));
        info.setAuthor(s.doctor());
        info.setCreator("ClinicDesk");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone(s.zone()));
        created.setTimeInMillis(clock.millis());
        info.setCreationDate(created);
    }
}
