package org.clinicdesk.storage.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs the system {@code tesseract} command as a child process, the baseline our pipeline must match. */
final class TesseractCli {
    private TesseractCli() {
    }

    static String read(Path image) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("tesseract", image.toString(), "stdout", "-l", "eng");
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("tesseract failed on " + image);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
