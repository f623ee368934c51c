package org.clinicdesk.app.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a finished PDF (summary, card, token slip) whole or not at all: a failed write leaves what was there. */
public final class PdfFile {
    private static final Logger LOG = LoggerFactory.getLogger(PdfFile.class);

    private PdfFile() {
    }

    /** {@code what} names the document in the error ("the registration card"). */
    public static void write(byte[] pdf, Path file, String what) {
        Path target = file.toAbsolutePath();
        // a sibling part file (created with the user's default permissions) renamed over the target in one step
        Path part = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(target.getParent());
            Files.write(part, pdf);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + what + " to " + file, e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                LOG.warn("Cannot remove the unfinished file {}", part, e);
            }
        }
    }
}
