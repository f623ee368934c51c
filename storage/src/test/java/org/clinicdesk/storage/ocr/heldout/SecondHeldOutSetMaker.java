package org.clinicdesk.storage.ocr.heldout;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Made the second frozen held-out set once (before the pipeline was changed for photographs and fax-like copies):
 * {@code main(folder)} writes each paper's image, typed text and truth, in the first set's formats, from
 * {@link SecondHeldOutContent}'s templates and vocabulary in fonts neither the development generator nor the first
 * set uses, degraded as the first set's three qualities ({@link PhotoEffects}). The committed set is the record;
 * running this again is only for reading how it was made, never for replacing the committed files.
 */
public final class SecondHeldOutSetMaker {
    /** Its own seed, unrelated to the development generator's and the first set's. */
    static final long SEED = 0x2D_5EC0_2026_1201L;
    /** URW and Nimbus faces (Ghostscript's fonts): neither the development generator nor the first set draws in them. */
    static final String[][] FACES = {{"Nimbus Sans", "0"}, {"Nimbus Roman", "0"}, {"URW Bookman", "0"},
        {"URW Gothic", "0"}, {"C059", "0"}, {"P052", "2"}, {"Nimbus Mono PS", "1"}, {"Nimbus Sans Narrow", "0"}};

    private SecondHeldOutSetMaker() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/heldout2");
        Files.createDirectories(out);
        for (String[] face : FACES) {
            if (!new java.awt.Font(face[0], java.awt.Font.PLAIN, 12).getFamily(Locale.ROOT).equals(face[0])) {
                throw new IllegalStateException("font not installed: " + face[0]);
            }
        }
        Random random = new Random(SEED);
        SecondHeldOutContent content = new SecondHeldOutContent(random);
        HeldOutRenderer renderer = new HeldOutRenderer(random, FACES);
        int n = 0;
        for (HeldOutQuality quality : HeldOutQuality.values()) {
            for (int i = 0; i < 8; i++) {
                boolean hand = n++ % 3 == 1;
                String name = String.format(Locale.ROOT, "%s-%02d", quality.name().toLowerCase(Locale.ROOT), i);
                HeldOutPage page = switch ((i + quality.ordinal()) % 4) {
                    case 0 -> content.prescriptionPad(name, hand);
                    case 1 -> content.labLines(name, hand);
                    case 2 -> content.triageSheet(name, hand);
                    default -> content.followUpCard(name, hand);
                };
                BufferedImage image = renderer.render(page, quality);
                String file = name + (quality == HeldOutQuality.FAX ? ".png" : ".jpg");
                HeldOutSetMaker.write(image, quality, out.resolve(file));
                Files.write(out.resolve(name + ".txt"), page.typedLines(), StandardCharsets.UTF_8);
                Files.write(out.resolve(name + ".truth"), HeldOutSetMaker.truth(page, quality, file),
                        StandardCharsets.UTF_8);
            }
        }
    }
}
