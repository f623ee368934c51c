package org.clinicdesk.app.summary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts of a summary. A Unicode TrueType sans (DejaVu Sans, Liberation Sans, Noto Sans or Arial, whichever the
 * machine has) is embedded as a subset, with script fonts as fallbacks: first the Noto Sans Devanagari that ships
 * with ClinicDesk (regular and bold, so a Hindi name prints on every machine), then the machine's own. On a machine
 * with no Latin TrueType font, the Liberation Sans that ships inside PDFBox is embedded for regular text and Standard
 * 14 Helvetica Bold sets headings (falling back to Liberation for what it lacks). A character no font has prints as
 * '?'. A fallback font no character of the document needs is not written into the file.
 */
public record SummaryFonts(FontChain regular, FontChain bold, boolean embedded) {
    private static final Logger LOG = LoggerFactory.getLogger(SummaryFonts.class);

    private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final String DEVANAGARI = "/org/clinicdesk/app/fonts/NotoSansDevanagari-Regular.ttf";
    static final String DEVANAGARI_BOLD = "/org/clinicdesk/app/fonts/NotoSansDevanagari-Bold.ttf";

    private static final List<List<String>> FAMILIES = List.of(
            List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
            List.of("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
            List.of("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
            List.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
            List.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"),
            List.of("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
            List.of("/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
            List.of("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"));

    private static final List<String> SCRIPT_FALLBACKS = List.of(
            "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf",
            "/usr/share/fonts/opentype/noto/NotoSansDevanagari-Regular.ttf",
            "/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf",
            "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
            "C:/Windows/Fonts/mangal.ttf");

    public static SummaryFonts load(PDDocument doc, FontChoice choice) {
        List<PDFont> fallbacks = new ArrayList<>();
        List<PDFont> boldFallbacks = new ArrayList<>();
        resource(doc, DEVANAGARI).ifPresent(fallbacks::add);
        resource(doc, DEVANAGARI_BOLD).ifPresent(boldFallbacks::add);
        for (String path : SCRIPT_FALLBACKS) {
            load(doc, path).ifPresent(fallbacks::add);
        }
        boldFallbacks.addAll(fallbacks);
        if (choice == FontChoice.STANDARD_14) {
            return standard14(fallbacks, boldFallbacks);
        }
        if (choice == FontChoice.BUNDLED) {
            return withBundled(doc, fallbacks, boldFallbacks);
        }
        for (List<String> family : FAMILIES) {
            Optional<PDFont> regular = load(doc, family.get(0));
            Optional<PDFont> bold = regular.isPresent() ? load(doc, family.get(1)) : Optional.empty();
            if (regular.isPresent()) {
                return new SummaryFonts(chain(regular.get(), fallbacks),
                        chain(bold.orElse(regular.get()), boldFallbacks), true);
            }
        }
        LOG.warn("No system TrueType font found; the visit summary uses the Liberation Sans bundled with PDFBox");
        return withBundled(doc, fallbacks, boldFallbacks);
    }

    private static SummaryFonts withBundled(PDDocument doc, List<PDFont> fallbacks, List<PDFont> boldFallbacks) {
        Optional<PDFont> bundled = bundled(doc);
        if (bundled.isEmpty()) {
            return standard14(fallbacks, boldFallbacks);
        }
        List<PDFont> boldThenLiberation = new ArrayList<>(boldFallbacks);
        boldThenLiberation.add(bundled.get());
        return new SummaryFonts(chain(bundled.get(), fallbacks),
                chain(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), boldThenLiberation), true);
    }

    /** The Liberation Sans inside the PDFBox jar, which PDFBox itself uses to render Standard 14 fonts. */
    static Optional<PDFont> bundled(PDDocument doc) {
        return resource(doc, BUNDLED);
    }

    /** A TrueType font on the class path, embedded as a subset of the glyphs the document uses. */
    static Optional<PDFont> resource(PDDocument doc, String name) {
        try (InputStream in = SummaryFonts.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(PDType0Font.load(doc, in));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot load the bundled font {}", name, e);
            return Optional.empty();
        }
    }

    private static SummaryFonts standard14(List<PDFont> fallbacks, List<PDFont> boldFallbacks) {
        return new SummaryFonts(chain(new PDType1Font(Standard14Fonts.FontName.HELVETICA), fallbacks),
                chain(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), boldFallbacks), false);
    }

    private static FontChain chain(PDFont first, List<PDFont> fallbacks) {
        List<PDFont> fonts = new ArrayList<>();
        fonts.add(first);
        fonts.addAll(fallbacks);
        return new FontChain(fonts);
    }

    private static Optional<PDFont> load(PDDocument doc, String path) {
        Path file = Path.of(path);
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(PDType0Font.load(doc, file.toFile()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot load font {}; trying the next one", file, e);
            return Optional.empty();
        }
    }
}
