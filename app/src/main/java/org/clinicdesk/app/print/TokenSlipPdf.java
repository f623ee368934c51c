package org.clinicdesk.app.print;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.summary.FontChoice;
import org.clinicdesk.app.summary.PdfCanvas;
import org.clinicdesk.app.summary.SummaryText;
import org.clinicdesk.app.summary.TextStyle;
import org.clinicdesk.core.queue.Priority;

/**
 * A token slip on an 80 mm receipt roll (the thermal printers at Indian front desks), 100 mm long: clinic, the token
 * in large type, the patient, when they joined the queue, the priority when raised and the doctor once assigned.
 */
public final class TokenSlipPdf {
    private static final float MM = 72 / 25.4f;
    static final PdfCanvas.Sheet RECEIPT_80MM = new PdfCanvas.Sheet(new PDRectangle(80 * MM, 100 * MM), 12, 12, 8);
    private static final TextStyle CLINIC = new TextStyle(TextStyle.Weight.BOLD, 11, TextStyle.INK);
    private static final TextStyle TOKEN = new TextStyle(TextStyle.Weight.BOLD, 46, TextStyle.INK);
    private static final TextStyle NAME = new TextStyle(TextStyle.Weight.BOLD, 11, TextStyle.INK);

    private final FontChoice fonts;

    public TokenSlipPdf() {
        this(FontChoice.SYSTEM_UNICODE);
    }

    public TokenSlipPdf(FontChoice fonts) {
        this.fonts = fonts;
    }

    public byte[] render(TokenSlip slip) {
        return OnePagePdf.render(RECEIPT_80MM, fonts, Messages.get("pdf.slip.documentTitle", slip.token(), slip.patientName()),
                (doc, canvas) -> draw(canvas, slip));
    }

    private static void draw(PdfCanvas canvas, TokenSlip slip) throws IOException {
        OnePagePdf.centred(canvas, slip.clinicName(), CLINIC);
        if (!slip.contact().phone().isEmpty()) {
            OnePagePdf.centred(canvas, Messages.get("pdf.phone", slip.contact().phone()), TextStyle.SMALL);
        }
        canvas.down(4);
        canvas.rule(canvas.left(), canvas.y(), canvas.width(), 0.8f, TextStyle.INK);
        canvas.down(4);
        OnePagePdf.centred(canvas, Messages.get("pdf.slip.title"), TextStyle.SMALL_BOLD);
        OnePagePdf.centred(canvas, slip.token(), TOKEN);
        if (slip.priority() != Priority.NORMAL) {
            OnePagePdf.centred(canvas, slip.priority().label().toUpperCase(java.util.Locale.ROOT),
                    TextStyle.WARNING);
        }
        canvas.down(6);
        canvas.paragraph(slip.patientName(), NAME, canvas.left(), canvas.width());
        canvas.paragraph(Messages.get("pdf.uhid", slip.uhid()), TextStyle.BODY, canvas.left(), canvas.width());
        canvas.paragraph(Messages.get("pdf.slip.queued", SummaryText.localTime(slip.queuedAt(), slip.zone())), TextStyle.BODY,
                canvas.left(), canvas.width());
        if (slip.doctor().isPresent()) {
            canvas.paragraph(Messages.get("pdf.slip.doctor", slip.doctor().get()), TextStyle.BODY, canvas.left(), canvas.width());
        }
        canvas.down(6);
        canvas.rule(canvas.left(), canvas.y(), canvas.width(), 0.5f, TextStyle.MUTED);
        canvas.down(2);
        canvas.paragraph(Messages.get("pdf.slip.pleaseWait"), TextStyle.SMALL, canvas.left(), canvas.width());
    }
}
