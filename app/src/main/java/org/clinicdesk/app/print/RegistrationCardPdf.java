package org.clinicdesk.app.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.summary.FontChoice;
import org.clinicdesk.app.summary.PdfCanvas;
import org.clinicdesk.app.summary.TextStyle;

/**
 * A registration card on an A6 sheet (landscape, the size of the cards Indian OPDs hand out): clinic header, the
 * patient's particulars, the UHID in large type with a QR code beside it and a bar code under it.
 */
public final class RegistrationCardPdf {
    static final PdfCanvas.Sheet A6_LANDSCAPE = new PdfCanvas.Sheet(
            new PDRectangle(PDRectangle.A6.getHeight(), PDRectangle.A6.getWidth()), 22, 20, 14);
    private static final TextStyle NAME = new TextStyle(TextStyle.Weight.BOLD, 15, TextStyle.INK);
    private static final TextStyle UHID = new TextStyle(TextStyle.Weight.BOLD, 13, TextStyle.INK);
    private static final TextStyle CLINIC = new TextStyle(TextStyle.Weight.BOLD, 13, TextStyle.ACCENT);
    private static final float QR_SIZE = 92;

    private final FontChoice fonts;

    public RegistrationCardPdf() {
        this(FontChoice.SYSTEM_UNICODE);
    }

    public RegistrationCardPdf(FontChoice fonts) {
        this.fonts = fonts;
    }

    public byte[] render(RegistrationCard card) {
        return OnePagePdf.render(A6_LANDSCAPE, fonts, Messages.get("pdf.card.documentTitle", card.patientName(),
                card.uhid()), (doc, canvas) -> draw(doc, canvas, card));
    }

    private static void draw(PDDocument doc, PdfCanvas canvas, RegistrationCard card) throws IOException {
        float right = canvas.left() + canvas.width();
        float top = canvas.y();
        canvas.draw(card.clinicName(), CLINIC, canvas.left(), top - 12);
        canvas.drawRight(Messages.get("pdf.card.title"), TextStyle.SMALL_BOLD, right, top - 10);
        canvas.down(16);
        if (!card.contact().address().isEmpty()) {
            canvas.paragraph(card.contact().addressOnOneLine(), TextStyle.SMALL, canvas.left(), canvas.width());
        }
        if (!card.contact().phone().isEmpty()) {
            canvas.paragraph(Messages.get("pdf.phone", card.contact().phone()), TextStyle.SMALL, canvas.left(), canvas.width());
        }
        canvas.down(4);
        canvas.rule(canvas.left(), canvas.y(), canvas.width(), 1.2f, TextStyle.ACCENT);
        canvas.down(6);

        float bodyTop = canvas.y();
        float column = canvas.width() - QR_SIZE - 10;
        canvas.image(Barcodes.qr(doc, card.uhid()), right - QR_SIZE, bodyTop, QR_SIZE, QR_SIZE);
        canvas.paragraph(card.patientName(), NAME, canvas.left(), column);
        canvas.paragraph(Messages.get("pdf.uhid", card.uhid()), UHID, canvas.left(), column);
        canvas.down(3);
        for (String line : particulars(card)) {
            canvas.paragraph(line, TextStyle.BODY, canvas.left(), column);
        }

        float barTop = Math.min(canvas.y(), bodyTop - QR_SIZE) - 8;
        float barWidth = 190;
        canvas.image(Barcodes.code128(doc, card.uhid()), canvas.left(), barTop, barWidth, 30);
        canvas.draw(card.uhid(), TextStyle.SMALL, canvas.left() + (barWidth - canvas.textWidth(card.uhid(),
                TextStyle.SMALL)) / 2, barTop - 40);
        canvas.drawRight(Messages.get("pdf.card.bringIt"), TextStyle.SMALL, right, barTop - 40);
    }

    private static List<String> particulars(RegistrationCard card) {
        List<String> lines = new ArrayList<>();
        lines.add(card.born().isEmpty() ? card.ageSex() : Messages.get("pdf.card.ageSexBorn", card.ageSex(), card.born()));
        if (!card.relative().isEmpty()) {
            lines.add(card.relative());
        }
        if (!card.village().isEmpty()) {
            lines.add(card.village());
        }
        if (!card.phone().isEmpty()) {
            lines.add(Messages.get("pdf.phone", card.phone()));
        }
        return lines;
    }
}
