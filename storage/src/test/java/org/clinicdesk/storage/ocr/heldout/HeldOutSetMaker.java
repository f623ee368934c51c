package org.clinicdesk.storage.ocr.heldout;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Made the frozen held-out set once: {@code main(folder)} writes each paper's image, its typed text and its truth,
 * and the checksum manifest. The committed set is the record; running this again is only for reading how it was
 * made (fonts or JDK updates may change pixels), never for replacing the committed files.
 */
public final class HeldOutSetMaker {
    /** Its own seed, unrelated to the development generator's. */
    static final long SEED = 0x5EED_15_2026L;

    private HeldOutSetMaker() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/heldout");
        Files.createDirectories(out);
        Random random = new Random(SEED);
        HeldOutContent content = new HeldOutContent(random);
        HeldOutRenderer renderer = new HeldOutRenderer(random);
        int n = 0;
        for (HeldOutQuality quality : HeldOutQuality.values()) {
            for (int i = 0; i < 8; i++) {
                boolean hand = n++ % 3 == 2;
                String name = String.format(Locale.ROOT, "%s-%02d", quality.name().toLowerCase(Locale.ROOT), i);
                HeldOutPage page = switch (i % 4) {
                    case 0 -> content.outpatientSlip(name, hand);
                    case 1 -> content.labReport(name, hand);
                    case 2 -> content.referralLetter(name, hand);
                    default -> content.dischargeSummary(name, hand);
                };
                BufferedImage image = renderer.render(page, quality);
                String file = name + (quality == HeldOutQuality.FAX ? ".png" : ".jpg");
                write(image, quality, out.resolve(file));
                Files.write(out.resolve(name + ".txt"), page.typedLines(), StandardCharsets.UTF_8);
                Files.write(out.resolve(name + ".truth"), truth(page, quality, file), StandardCharsets.UTF_8);
            }
        }
    }

    static List<String> truth(HeldOutPage page, HeldOutQuality quality, String file) {
        List<String> lines = new ArrayList<>();
        lines.add("IMAGE " + file);
        lines.add("QUALITY " + quality);
        lines.add("LAYOUT " + page.layout);
        page.facts.forEach(f -> lines.add("FACT " + f));
        page.denied.forEach(d -> lines.add(d.startsWith("GUESS ") || d.startsWith("UNLISTED ") ? d : "DENIED " + d));
        page.handwritten.forEach(h -> lines.add("HANDWRITTEN " + h));
        return lines;
    }

    static void write(BufferedImage image, HeldOutQuality quality, Path file) throws IOException {
        if (quality == HeldOutQuality.FAX) {
            ImageIO.write(image, "png", file.toFile());
            return;
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (OutputStream os = Files.newOutputStream(file); ImageOutputStream ios = ImageIO.createImageOutputStream(os)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality == HeldOutQuality.PHOTO ? 0.55f : 0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
