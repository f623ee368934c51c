package org.clinicdesk.storage.ocr.heldout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Made the fourth frozen held-out set once, before anyone measured or tuned on it: {@code main(folder)} writes each
 * paper's image, typed text and truth, in the earlier sets' formats, from {@link FourthHeldOutContent}'s six
 * templates in faces none of the development generator and the three earlier sets draws in (the OPD slip in
 * typewriter-like monospaced faces, the rest in proportional ones), degraded as the earlier sets' three qualities
 * ({@link PhotoEffects}); six papers first get a wear no earlier set had ({@link PaperWear}: a dot-matrix ribbon
 * running dry, a water stain, a rubber stamp). The committed set is the record; running this again is only for
 * reading how it was made, never for replacing the committed files.
 */
public final class FourthHeldOutSetMaker {
    /** Its own seed, unrelated to the development generator's and the earlier sets'. */
    static final long SEED = 0x4E_F0C7_4D12_0109L;
    /** The OPD slip's faces: monospaced, as a dot-matrix or typewriter prints, none drawn in before in these styles. */
    static final String[][] MONO_FACES = {{"Noto Mono", "0"}, {"Nimbus Mono PS", "0"}, {"Noto Sans Mono", "1"}};
    /** The other templates' faces (family, java.awt.Font style), none drawn in before in these styles. */
    static final String[][] FACES = {{"Nimbus Sans Narrow", "1"}, {"URW Bookman", "2"}, {"C059", "2"},
        {"P052", "1"}, {"Nimbus Sans", "1"}, {"DejaVu Serif", "1"}, {"Nimbus Roman", "2"}};
    /** The papers worn before their quality is applied: two of each quality. */
    static final Map<String, PaperWear.Wear> WORN = Map.of("scan-06", PaperWear.Wear.FADED_RIBBON,
            "fax-04", PaperWear.Wear.FADED_RIBBON, "scan-01", PaperWear.Wear.WATER_STAIN,
            "photo-06", PaperWear.Wear.WATER_STAIN, "fax-03", PaperWear.Wear.RUBBER_STAMP,
            "photo-03", PaperWear.Wear.RUBBER_STAMP);

    private FourthHeldOutSetMaker() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/heldout4");
        Files.createDirectories(out);
        ThirdHeldOutSetMaker.everyFaceInstalled(MONO_FACES);
        ThirdHeldOutSetMaker.everyFaceInstalled(FACES);
        Random random = new Random(SEED);
        FourthHeldOutContent content = new FourthHeldOutContent(random);
        HeldOutRenderer typed = new HeldOutRenderer(random, MONO_FACES);
        HeldOutRenderer printed = new HeldOutRenderer(random, FACES);
        int n = 0;
        for (HeldOutQuality quality : HeldOutQuality.values()) {
            for (int i = 0; i < 8; i++) {
                boolean hand = n++ % 3 == 1;
                String name = String.format(Locale.ROOT, "%s-%02d", quality.name().toLowerCase(Locale.ROOT), i);
                int template = (i + 2 * quality.ordinal()) % 6;
                HeldOutPage page = switch (template) {
                    case 0 -> content.opdSlip(name, hand);
                    case 1 -> content.diagnosticReport(name, hand);
                    case 2 -> content.echoReport(name, hand);
                    case 3 -> content.dentalPrescription(name, hand);
                    case 4 -> content.eyePrescription(name, hand);
                    default -> content.claimForm(name, hand);
                };
                String[][] faces = template == 0 ? MONO_FACES : FACES;
                ThirdHeldOutSetMaker.everyFaceCanDraw(faces, page.typedLines());
                ThirdHeldOutSetMaker.writePaper(out, page, quality, template == 0 ? typed : printed, WORN.get(name),
                        random);
            }
        }
    }
}
