package org.clinicdesk.storage.flags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where ClinicDesk before issue 12 kept the clinic's interactions CSV: a file in this desk's data folder
 * ({@code knowledge/interactions-clinic.csv}), which other desks never saw. Now only read once, to move the CSV into
 * the synced clinic setting, and then deleted.
 */
public final class ClinicKnowledgeFile {
    private final Path file;

    public ClinicKnowledgeFile(Path dataDir) {
        this.file = dataDir.resolve("knowledge").resolve("interactions-clinic.csv");
    }

    public Path path() {
        return file;
    }

    public Optional<String> interactions() {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
