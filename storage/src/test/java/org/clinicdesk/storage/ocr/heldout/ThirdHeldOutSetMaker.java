package org.clinicdesk.storage.ocr.heldout;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Made the third frozen held-out set once, before anyone tuned on it: {@code main(folder)} writes each paper's
 * image, typed text and truth, in the earlier sets' formats, from {@link ThirdHeldOutContent}'s six templates in
 * faces none of the development generator and the earlier sets draws in, degraded as the earlier sets' three
 * qualities ({@link PhotoEffects}); six papers first get a wear the pipeline was not tuned on ({@link PaperWear}).
 * The committed set is the record; running this again is only for reading how it was made, never for replacing the
 * committed files.
 */
public final class ThirdHeldOutSetMaker {
    /** Its own seed, unrelated to the development generator's and the earlier sets'. */
    static final long SEED = 0x3D_4E1D_0C75_1201L;
    /** Faces (family, java.awt.Font style) neither the development generator nor the earlier sets draw in. */
    static final String[][] FACES = {{"Noto Sans Mono", "0"}, {"P052", "0"}, {"Nimbus Roman", "1"},
        {"Nimbus Sans", "2"}, {"DejaVu Sans", "1"}, {"C059", "1"}, {"URW Gothic", "2"}};
    /** The papers worn before their quality is applied: two of each quality. */
    static final Map<String, PaperWear.Wear> WORN = Map.of("scan-02", PaperWear.Wear.CREASE,
            "scan-05", PaperWear.Wear.TONED_PAPER, "fax-01", PaperWear.Wear.CREASE,
            "fax-06", PaperWear.Wear.TONED_PAPER, "photo-03", PaperWear.Wear.LAMP_AT_CORNER,
            "photo-06", PaperWear.Wear.CREASE);

    private ThirdHeldOutSetMaker() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/heldout3");
        Files.createDirectories(out);
        everyFaceInstalled(FACES);
        Random random = new Random(SEED);
        ThirdHeldOutContent content = new ThirdHeldOutContent(random);
        HeldOutRenderer renderer = new HeldOutRenderer(random, FACES);
        int n = 0;
        for (HeldOutQuality quality : HeldOutQuality.values()) {
            for (int i = 0; i < 8; i++) {
                boolean hand = n++ % 3 == 0;
                String name = String.format(Locale.ROOT, "%s-%02d", quality.name().toLowerCase(Locale.ROOT), i);
                HeldOutPage page = switch ((i + 2 * quality.ordinal()) % 6) {
                    case 0 -> content.dischargeSummary(name, hand);
                    case 1 -> content.pharmacyBill(name, hand);
                    case 2 -> content.referralLetter(name, hand);
                    case 3 -> content.pathologyTables(name, hand);
                    case 4 -> content.childCard(name, hand);
                    default -> content.ancCard(name, hand);
                };
                everyFaceCanDraw(FACES, page.typedLines());
                writePaper(out, page, quality, renderer, WORN.get(name), random);
            }
        }
    }

    /** Each face's family must be installed: Java would draw in a fallback face without a word. */
    static void everyFaceInstalled(String[][] faces) {
        for (String[] face : faces) {
            if (!new Font(face[0], Font.PLAIN, 12).getFamily(Locale.ROOT).equals(face[0])) {
                throw new IllegalStateException("font not installed: " + face[0]);
            }
        }
    }

    /**
     * Draws one paper, wears it ({@code wear} may be null), makes it its quality, and writes its image, typed text and
     * truth; a wear is named on the truth's LAYOUT line.
     */
    static void writePaper(Path out, HeldOutPage page, HeldOutQuality quality, HeldOutRenderer renderer,
                           PaperWear.Wear wear, Random random) throws IOException {
        BufferedImage image = renderer.draw(page);
        if (wear != null) {
            image = PaperWear.apply(image, wear, random);
        }
        image = renderer.degrade(image, quality);
        String file = page.name + (quality == HeldOutQuality.FAX ? ".png" : ".jpg");
        HeldOutSetMaker.write(image, quality, out.resolve(file));
        Files.write(out.resolve(page.name + ".txt"), page.typedLines(), StandardCharsets.UTF_8);
        List<String> truth = HeldOutSetMaker.truth(page, quality, file);
        if (wear != null) {
            truth.set(2, truth.get(2) + "; wear: " + wear.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        Files.write(out.resolve(page.name + ".truth"), truth, StandardCharsets.UTF_8);
    }

    /** Arrows, the degree sign, the half and the micro sign must print in every face, not as empty boxes. */
    static void everyFaceCanDraw(String[][] faces, List<String> lines) {
        for (String[] face : faces) {
            Font font = new Font(face[0], Integer.parseInt(face[1]), 30);
            for (String line : lines) {
                if (font.canDisplayUpTo(line) >= 0) {
                    throw new IllegalStateException(face[0] + " cannot draw: " + line);
                }
            }
        }
    }
}
