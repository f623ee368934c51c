package org.clinicdesk.storage.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.OptionalInt;
import org.clinicdesk.core.documents.CancelSignal;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.documents.OcrPage;
import org.clinicdesk.core.documents.OcrProgress;
import org.clinicdesk.core.documents.OcrResult;
import org.clinicdesk.core.documents.WordBox;
import org.junit.jupiter.api.Test;

/**
 * A page photographed upside down on a desk is warped straight and turned upright before it is read (Tesseract
 * reads sideways lines by itself, but not upside-down ones); its word boxes must still land on its words in the
 * picture as the file holds it, which the review draws them over.
 */
class TurnedPageBoxesTest {
    private static final double[][] QUAD = {{120, 90}, {1290, 60}, {1330, 950}, {80, 930}};

    @Test
    void wordBoxesOfAPhotographTurnedUprightLieOnItsWordsInThePictureAsFiled() {
        BufferedImage upright = PageGeometryTest.onDesk(PageGeometryTest.page(), QUAD);
        BufferedImage upsideDown = PageNormaliser.rotateQuarterTurns(upright, 180);
        try (TesseractOcrEngine engine = new TesseractOcrEngine(1, FileLimits.DEFAULT)) {
            List<WordBox> asRead = boxesOf(read(engine, upright), "Metoprolol");
            OcrPage turned = read(engine, upsideDown);
            assertThat(turned.rotationDegrees()).isNotZero();
            List<WordBox> onTheFile = boxesOf(turned, "Metoprolol");
            // Where the upright reading's boxes go when the picture is turned as the file holds it.
            var turn = PageNormaliser.quarterTurns(upright, 180);
            List<Point2D> expected = asRead.stream().map(b -> turn.transform(centre(b), null)).toList();
            assertThat(asRead).hasSizeGreaterThanOrEqualTo(10);
            assertThat(onTheFile).hasSizeGreaterThanOrEqualTo(10);
            assertThat(onTheFile).allSatisfy(b -> assertThat(expected.stream()
                    .mapToDouble(e -> e.distance(centre(b))).min().orElseThrow()).isLessThan(20));
        }
    }

    private static OcrPage read(TesseractOcrEngine engine, BufferedImage picture) {
        OcrResult result = engine.readPages(List.of(new PageImage(1, picture, OptionalInt.empty())), OcrProgress.NONE,
                new CancelSignal());
        assertThat(result).isInstanceOf(OcrResult.Success.class);
        return ((OcrResult.Success) result).pages().get(0);
    }

    private static List<WordBox> boxesOf(OcrPage page, String word) {
        return page.words().stream().filter(w -> w.text().equals(word)).map(w -> w.box()).toList();
    }

    private static Point2D centre(WordBox b) {
        return new Point2D.Double(b.x() + b.width() / 2.0, b.y() + b.height() / 2.0);
    }
}
