package org.clinicdesk.app.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A UHID as a scanner reads it (ZXing): a QR code (phones, 2D scanners) and a Code 128 bar code (the cheap 1D scanners
 * at most front desks). Drawn module by module, one pixel each, so the PDF scales them without blur.
 */
final class Barcodes {
    private Barcodes() {
    }

    static PDImageXObject qr(PDDocument doc, String text) throws IOException {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
            return LosslessFactory.createFromImage(doc, image(m));
        } catch (WriterException e) {
            throw new IOException("cannot encode " + text + " as a QR code", e);
        }
    }

    static PDImageXObject code128(PDDocument doc, String text) throws IOException {
        BitMatrix m = new Code128Writer().encode(text, BarcodeFormat.CODE_128, 0, 1, Map.of(EncodeHintType.MARGIN, 0));
        return LosslessFactory.createFromImage(doc, image(m));
    }

    private static BufferedImage image(BitMatrix m) {
        BufferedImage img = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                img.setRGB(x, y, m.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return img;
    }
}
