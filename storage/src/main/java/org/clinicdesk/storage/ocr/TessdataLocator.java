package org.clinicdesk.storage.ocr;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sourceforge.tess4j.util.LoadLibs;

/**
 * Finds Tesseract's language data: an explicit setting, then TESSDATA_PREFIX, then the system package, then the
 * copy inside the tess4j jar. The system copy comes first so the app reads exactly as the {@code tesseract} command.
 */
final class TessdataLocator {
    static final String PROPERTY = "clinicdesk.tessdata";
    private static final Path[] SYSTEM = {
        Path.of("/usr/share/tesseract-ocr/5/tessdata"), Path.of("/usr/share/tesseract-ocr/4.00/tessdata"),
        Path.of("/usr/share/tessdata"), Path.of("/usr/local/share/tessdata"), Path.of("/opt/homebrew/share/tessdata")};

    private TessdataLocator() {
    }

    static String locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && hasModels(Path.of(configured))) {
            return configured;
        }
        String env = System.getenv("TESSDATA_PREFIX");
        if (env != null) {
            for (Path p : new Path[] {Path.of(env), Path.of(env, "tessdata")}) {
                if (hasModels(p)) {
                    return p.toString();
                }
            }
        }
        for (Path p : SYSTEM) {
            if (hasModels(p)) {
                return p.toString();
            }
        }
        File bundled = LoadLibs.extractTessResources("tessdata");
        return bundled.getAbsolutePath();
    }

    private static boolean hasModels(Path dir) {
        return Files.isRegularFile(dir.resolve("eng.traineddata")) && Files.isRegularFile(dir.resolve("osd.traineddata"));
    }
}
