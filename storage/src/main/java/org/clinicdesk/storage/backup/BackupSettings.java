package org.clinicdesk.storage.backup;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.clinicdesk.storage.files.OwnerOnly;

/**
 * This computer's backup settings, in {@code <dataDir>/backup.properties}: the second backup folder (a USB disk or a
 * network share) is a path of this computer, so it is kept here and never synced with the clinic's settings.
 */
public record BackupSettings(Optional<Path> secondFolder) {
    public static final String FILE = "backup.properties";
    private static final String SECOND_FOLDER = "secondFolder";

    public static BackupSettings of(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new BackupSettings(Optional.empty());
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup settings " + file + ": " + e.getMessage(), e);
        }
        return new BackupSettings(Optional.ofNullable(p.getProperty(SECOND_FOLDER)).filter(s -> !s.isBlank()).map(Path::of));
    }

    /** Keeps these settings for the next backups of this data folder (owner-only file). */
    public void save(Path dataDir) {
        Properties p = new Properties();
        secondFolder.ifPresent(f -> p.setProperty(SECOND_FOLDER, f.toAbsolutePath().toString()));
        StringWriter text = new StringWriter();
        try {
            p.store(text, "ClinicDesk backups on this computer");
            OwnerOnly.writeAtomically(dataDir.resolve(FILE), text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup settings " + dataDir.resolve(FILE) + ": "
                    + e.getMessage(), e);
        }
    }
}
