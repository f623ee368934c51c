package org.clinicdesk.app.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicdesk.storage.files.OwnerOnly;

/** Where a report file lands: whole or not at all, owner-only, its folder created if missing. */
final class ReportFiles {
    private ReportFiles() {
    }

    static void write(Path file, byte[] bytes) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            OwnerOnly.writeAtomically(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the report to " + file + ": " + e.getMessage(), e);
        }
    }
}
