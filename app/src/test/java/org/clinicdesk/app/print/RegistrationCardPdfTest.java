package org.clinicdesk.app.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinicdesk.core.site.ClinicContact;
import org.junit.jupiter.api.Test;

/** The registration card read back: its text, and its QR code and bar code as a scanner decodes them. */
class RegistrationCardPdfTest {
    private static final RegistrationCard CARD = new RegistrationCard("Sunrise Family Clinic",
            new ClinicContact("12 MG Road\nBengaluru 560011", "080 2345 6789"), "रमेश कुमार", "A-000123-K",
            "41 y · Male", "14/08/1985", "S/O Suresh Kumar", "Hosahalli, Tumakuru", "+919845012345");

    @Test
    void theCardCarriesThePatientAndTheClinicHeader() throws IOException {
        byte[] pdf = new RegistrationCardPdf().render(CARD);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Sunrise Family Clinic", "12 MG Road, Bengaluru 560011", "Phone 080 2345 6789",
                    "UHID A-000123-K", "41 y · Male · born 14/08/1985", "S/O Suresh Kumar", "Hosahalli, Tumakuru",
                    "Phone +919845012345");
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void bothCodesDecodeToTheUhid() throws Exception {
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(new RegistrationCardPdf().render(CARD))) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, 200);
        }
        int w = page.getWidth();
        int h = page.getHeight();
        // the QR code sits in the right third, the bar code in the lower left half: decode each on its own
        assertThat(decode(page.getSubimage(w * 2 / 3, 0, w / 3, h * 2 / 3))).isEqualTo("A-000123-K");
        assertThat(decode(page.getSubimage(0, h / 2, w / 2, h / 2))).isEqualTo("A-000123-K");
    }

    private static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(),
                pixels)));
        return new MultiFormatReader().decode(bitmap).getText();
    }
}
