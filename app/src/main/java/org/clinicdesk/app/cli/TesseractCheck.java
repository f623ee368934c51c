package org.clinicdesk.app.cli;

import com.sun.jna.NativeLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Whether the OCR engine's native library and English language data are installed; reported, never required. */
final class TesseractCheck {
    private static final String NAME = "Tesseract OCR (optional)";

    private TesseractCheck() {
    }

    static DoctorCheck run() {
        try {
            NativeLibrary library = NativeLibrary.getInstance("tesseract");
            String data = languageData().map(p -> "; English data in " + p.getParent())
                    .orElse("; English language data not found (tesseract-ocr-eng), the bundled copy will be used");
            return new DoctorCheck(NAME, DoctorCheck.Outcome.INFO, "library " + library.getFile() + data);
        } catch (UnsatisfiedLinkError e) {
            return new DoctorCheck(NAME, DoctorCheck.Outcome.INFO,
                    "not installed; scanned papers will not be read (install libtesseract5)");
        }
    }

    private static Optional<Path> languageData() {
        String prefix = System.getenv("TESSDATA_PREFIX");
        for (String dir : new String[] {prefix, "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                "/usr/share/tessdata", "/opt/homebrew/share/tessdata", "/usr/local/share/tessdata"}) {
            if (dir != null && Files.isRegularFile(Path.of(dir, "eng.traineddata"))) {
                return Optional.of(Path.of(dir, "eng.traineddata"));
            }
        }
        return Optional.empty();
    }
}
