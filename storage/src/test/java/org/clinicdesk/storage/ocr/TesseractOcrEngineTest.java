package org.clinicdesk.storage.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.clinicdesk.core.documents.CancelSignal;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.documents.MediaType;
import org.clinicdesk.core.documents.OcrFailureReason;
import org.clinicdesk.core.documents.OcrPage;
import org.clinicdesk.core.documents.OcrResult;
import org.clinicdesk.core.documents.OcrWord;
import org.junit.jupiter.api.Test;

class TesseractOcrEngineTest {

    private static BufferedImage page(String text) {
        BufferedImage image = new BufferedImage(1200, 300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 300);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
        g.drawString(text, 60, 150);
        g.dispose();
        return image;
    }

    private static byte[] tiff(List<BufferedImage> pages) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.prepareWriteSequence(null);
            for (BufferedImage p : pages) {
                writer.writeToSequence(new IIOImage(p, null, null), null);
            }
            writer.endWriteSequence();
        }
        writer.dispose();
        return out.toByteArray();
    }

    @Test
    void everyPageOfATiffIsReadInOrderWithProgress() throws Exception {
        byte[] file = tiff(List.of(page("Metformin 500 mg"), page("Amlodipine 5 mg"), page("Atorvastatin 20 mg")));
        List<String> progress = Collections.synchronizedList(new ArrayList<>());
        try (TesseractOcrEngine engine = new TesseractOcrEngine(2, FileLimits.DEFAULT)) {
            OcrResult result = engine.read(file, MediaType.TIFF_BIG_ENDIAN, (d, t) -> progress.add(d + "/" + t), new CancelSignal());
            assertThat(result).isInstanceOf(OcrResult.Success.class);
            List<OcrPage> pages = ((OcrResult.Success) result).pages();
            assertThat(pages).extracting(OcrPage::number).containsExactly(1, 2, 3);
            assertThat(pages.get(0).text()).contains("Metformin");
            assertThat(pages.get(2).text()).contains("Atorvastatin");
        }
        assertThat(progress).containsExactlyInAnyOrder("1/3", "2/3", "3/3");
    }

    @Test
    void wordsCarryConfidenceBoxAndOffsetsIntoThePageText() throws Exception {
        try (TesseractOcrEngine engine = new TesseractOcrEngine(1, FileLimits.DEFAULT)) {
            OcrResult result = engine.read(tiff(List.of(page("Paracetamol 650 mg TDS"))), MediaType.TIFF_BIG_ENDIAN,
                    (d, t) -> { }, new CancelSignal());
            OcrPage p = ((OcrResult.Success) result).pages().get(0);
            OcrWord word = p.words().stream().filter(w -> w.text().equals("Paracetamol")).findFirst().orElseThrow();
            assertThat(word.confidence()).isBetween(80f, 100f);
            assertThat(word.box().x()).isBetween(40, 90);
            assertThat(word.box().width()).isGreaterThan(150);
            assertThat(p.text().substring(word.start(), word.end())).isEqualTo("Paracetamol");
        }
    }

    @Test
    void pdfPagesAreRenderedAndRead() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage pdfPage = new PDPage(PDRectangle.A5);
            doc.addPage(pdfPage);
            try (PDPageContentStream cs = new PDPageContentStream(doc, pdfPage)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 16);
                cs.newLineAtOffset(40, 500);
                cs.showText("Haemoglobin 11.2 g/dL");
                cs.endText();
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        try (TesseractOcrEngine engine = new TesseractOcrEngine(1, FileLimits.DEFAULT)) {
            OcrResult result = engine.read(pdf, MediaType.PDF, (d, t) -> { }, new CancelSignal());
            assertThat(((OcrResult.Success) result).text()).contains("Haemoglobin 11.2 g/dL");
        }
    }

    @Test
    void cancelDuringReadingStopsThePagesNotYetStarted() throws Exception {
        byte[] file = tiff(List.of(page("one"), page("two"), page("three"), page("four")));
        CancelSignal cancel = new CancelSignal();
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        try (TesseractOcrEngine engine = new TesseractOcrEngine(1, FileLimits.DEFAULT)) {
            OcrResult result = engine.read(file, MediaType.TIFF_BIG_ENDIAN, (d, t) -> {
                done.add(d);
                cancel.cancel();
            }, cancel);
            assertThat(result).isEqualTo(new OcrResult.Failure(OcrFailureReason.CANCELLED, "Reading was cancelled."));
        }
        assertThat(done).containsExactly(1);
    }

    @Test
    void damagedFileIsAFailureNotAnException() throws Exception {
        byte[] file = tiff(List.of(page("one")));
        try (TesseractOcrEngine engine = new TesseractOcrEngine(1, FileLimits.DEFAULT)) {
            OcrResult result = engine.read(java.util.Arrays.copyOf(file, 40), MediaType.TIFF_BIG_ENDIAN, (d, t) -> { },
                    new CancelSignal());
            assertThat(result).isInstanceOf(OcrResult.Failure.class);
            assertThat(((OcrResult.Failure) result).reason()).isEqualTo(OcrFailureReason.UNREADABLE_FILE);
        }
    }
}
