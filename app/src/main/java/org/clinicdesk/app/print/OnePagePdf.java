package org.clinicdesk.app.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.clinicdesk.app.summary.FontChoice;
import org.clinicdesk.app.summary.PdfCanvas;
import org.clinicdesk.app.summary.SummaryFonts;
import org.clinicdesk.app.summary.TextStyle;

/**
 * A one-page PDF on a small sheet (card, slip) set with the summary's fonts, so Indian scripts print the same way on
 * all three; {@link Body} draws the page.
 */
final class OnePagePdf {
    /** Draws the page's content on a fresh canvas. */
    interface Body {
        void draw(PDDocument doc, PdfCanvas canvas) throws IOException;
    }

    private OnePagePdf() {
    }

    static byte[] render(PdfCanvas.Sheet sheet, FontChoice fonts, String title, Body body) {
        try (PDDocument doc = new PDDocument()) {
            try (PdfCanvas canvas = new PdfCanvas(doc, SummaryFonts.load(doc, fonts), sheet, c -> {
            })) {
                canvas.firstPage();
                body.draw(doc, canvas);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("ClinicDesk");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + title, e);
        }
    }

    /** One line centred in the canvas's column, its baseline {@code style.size()} below the cursor; moves the cursor. */
    static void centred(PdfCanvas canvas, String text, TextStyle style) throws IOException {
        float x = canvas.left() + Math.max(0, (canvas.width() - canvas.textWidth(text, style)) / 2);
        canvas.down(style.leading());
        canvas.draw(text, style, x, canvas.y() + style.size() * 0.3f);
    }
}
