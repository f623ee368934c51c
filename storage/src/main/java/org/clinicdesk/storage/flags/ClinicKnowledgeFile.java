package org.clinicdesk.storage.flags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.clinicdesk.core.flags.ClinicKnowledgeStore;
import org.clinicdesk.storage.files.OwnerOnly;

/**
 * The clinic's interactions CSV as a file in the data folder ({@code knowledge/interactions-clinic.csv}, owner-only),
 * replaced atomically so a cut-off import leaves the previous file whole.
 */
public final class ClinicKnowledgeFile implements ClinicKnowledgeStore {
    private final Path file;

    public ClinicKnowledgeFile(Path dataDir) {
        this.file = dataDir.resolve("knowledge").resolve("interactions-clinic.csv");
    }

    @Override
    public Optional<String> interactions() {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public void saveInteractions(String csv) {
        try {
            OwnerOnly.folder(file.getParent());
            OwnerOnly.writeAtomically(file, csv.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
