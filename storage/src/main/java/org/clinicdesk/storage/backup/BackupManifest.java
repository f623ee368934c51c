package org.clinicdesk.storage.backup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.storage.files.OwnerOnly;

/**
 * What is known about one backup file, kept beside it as {@code <name>.json}: when it was taken, its size and
 * SHA-256, the rows per table and documents it holds, and whether restoring it into a temporary folder proved it
 * (with the reason when not).
 */
public record BackupManifest(String file, Instant takenAt, Kind kind, long sizeBytes, String sha256,
                             boolean verified, String verification, Map<String, Long> rowCounts, int documents,
                             String note) {
    /** Scheduled and manual backups rotate; a safety backup (taken before a restore in place) is never deleted. */
    public enum Kind { SCHEDULED, SAFETY }

    public static final String SUFFIX = ".json";
    static final String NOTE = "Encrypted: this backup opens only with the desk key of the computer that made it or "
            + "with the clinic's recovery key (on paper); without either it is useless.";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The manifest file of a backup file. */
    public static Path pathOf(Path backupFile) {
        return backupFile.resolveSibling(stem(backupFile.getFileName().toString()) + SUFFIX);
    }

    static String stem(String fileName) {
        return fileName.endsWith(StoreBackups.EXTENSION)
                ? fileName.substring(0, fileName.length() - StoreBackups.EXTENSION.length()) : fileName;
    }

    public BackupManifest failed(String why) {
        return new BackupManifest(file, takenAt, kind, sizeBytes, sha256, false, why, rowCounts, documents, note);
    }

    void write(Path folder) {
        Path target = folder.resolve(stem(file) + SUFFIX);
        try {
            OwnerOnly.writeAtomically(target, JSON.writeValueAsBytes(this));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup manifest " + target + ": " + e.getMessage(), e);
        }
    }

    /** The manifest beside {@code backupFile}, if there is one and it can be read. */
    public static Optional<BackupManifest> of(Path backupFile) {
        Path path = pathOf(backupFile);
        if (!path.toFile().isFile()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(path.toFile(), BackupManifest.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
