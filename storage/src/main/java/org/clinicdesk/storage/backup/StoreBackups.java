package org.clinicdesk.storage.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.db.PlainStoreConversion;
import org.clinicdesk.storage.files.OwnerOnly;
import org.clinicdesk.storage.keys.KeyFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups of an open store: H2's {@code BACKUP TO} copies the encrypted store file while the store keeps
 * working; {@code store.keys} and the encrypted document files go into the same zip. Each backup is verified at once
 * by restoring it into a temporary folder ({@link RestoredCopy}), its manifest records the outcome, and only then is
 * the rotation ({@link org.clinicdesk.core.backup.BackupRotation}) applied and a copy put in the second folder.
 */
public final class StoreBackups {
    public static final String EXTENSION = ".zip";
    public static final String PREFIX = "clinicdesk-backup-";
    private static final Logger LOG = LoggerFactory.getLogger(StoreBackups.class);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** One backup at a time per process: the window's timer and its close may meet. */
    private static final Object ONE_AT_A_TIME = new Object();

    private final LocalStore store;
    private final KeyFolder keyFolder;
    private final Clock clock;

    public StoreBackups(LocalStore store, KeyFolder keyFolder, Clock clock) {
        this.store = store;
        this.keyFolder = keyFolder;
        this.clock = clock;
    }

    /** A backup written, verified (or not, with the reason) and rotated; the second folder's copy, if any. */
    public record Taken(Path file, BackupManifest manifest, List<Path> rotatedAway, Optional<Path> secondCopy,
                        Optional<String> secondFolderProblem) {
    }

    /** Backs up into {@code <dataDir>/backups} and the second folder of {@link BackupSettings}, if one is set. */
    public Taken take(BackupManifest.Kind kind) {
        return take(kind, BackupSettings.of(store.dataDir()).secondFolder());
    }

    public Taken take(BackupManifest.Kind kind, Optional<Path> secondFolder) {
        synchronized (ONE_AT_A_TIME) {
            Path folder = BackupFolder.of(store.dataDir()).ensure();
            Path work = null;
            try {
                work = OwnerOnly.folder(folder.resolve(".work-" + java.util.UUID.randomUUID()));
                BackupManifest manifest = write(folder, work, kind);
                Path file = folder.resolve(manifest.file());
                List<Path> rotated = manifest.verified() ? BackupFolder.at(folder).rotate(clock) : List.of();
                Optional<String> problem = Optional.empty();
                Optional<Path> copy = Optional.empty();
                if (secondFolder.isPresent()) {
                    try {
                        copy = Optional.of(BackupFolder.at(secondFolder.get()).copyIn(file));
                        if (manifest.verified()) {
                            BackupFolder.at(secondFolder.get()).rotate(clock);
                        }
                    } catch (IOException | RuntimeException e) {
                        problem = Optional.of("could not copy " + file.getFileName() + " to the second backup folder "
                                + secondFolder.get() + ": " + e.getMessage());
                        LOG.warn("{}", problem.get(), e);
                    }
                }
                return new Taken(file, manifest, rotated, copy, problem);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not back up the store in " + store.dataDir() + " to " + folder
                        + ": " + e.getMessage(), e);
            } finally {
                BackupFolder.deleteTree(work);
            }
        }
    }

    private BackupManifest write(Path folder, Path work, BackupManifest.Kind kind) throws IOException {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Path h2Zip = OwnerOnly.newFile(work.resolve("h2-backup.zip"));
        Map<String, Long> before;
        Map<String, Long> after;
        try (Connection c = store.dataSource().getConnection()) {
            before = PlainStoreConversion.rowCounts(c);
            try (PreparedStatement ps = c.prepareStatement("BACKUP TO ?")) {
                ps.setString(1, h2Zip.toString());
                ps.execute();
            }
            after = PlainStoreConversion.rowCounts(c);
        } catch (SQLException e) {
            throw new IllegalStateException("H2 could not back up the store " + store.dataDir() + ": " + e.getMessage(), e);
        }
        Path storeCopy = unzipStore(h2Zip, work);
        String name = freeName(folder, at);
        Path temp = OwnerOnly.tempFile(folder, ".incoming-", EXTENSION);
        try {
            BackupArchive.write(temp, storeCopy, store.dataDir());
            Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        Path file = folder.resolve(name);
        BackupManifest manifest = new BackupManifest(name, at, kind, Files.size(file), BackupArchive.sha256(file),
                false, "not verified yet", before, 0, BackupManifest.NOTE);
        manifest = verify(file, work.resolve("restored"), manifest, before, after);
        manifest.write(folder);
        if (manifest.verified()) {
            LOG.info("Backup {} written and verified ({} bytes)", file, manifest.sizeBytes());
        } else {
            LOG.error("Backup {} failed its verification: {}", file, manifest.verification());
        }
        return manifest;
    }

    private BackupManifest verify(Path file, Path restored, BackupManifest written, Map<String, Long> before,
                                  Map<String, Long> after) {
        try {
            BackupArchive.extract(file, restored);
        } catch (IOException | RuntimeException e) {
            return written.failed("the backup file " + file.getFileName() + " cannot be read back: " + e.getMessage());
        }
        RestoredCopy copy = RestoredCopy.check(restored, keyFolder, clock);
        Optional<String> problem = copy.problem().or(() -> copy.differenceFrom(before, after));
        return new BackupManifest(written.file(), written.takenAt(), written.kind(), written.sizeBytes(),
                written.sha256(), problem.isEmpty(), problem.orElse("restored into a temporary folder, opened with "
                + "the desk key, audit chain intact, rows per table and " + copy.documents() + " documents as in the store"),
                copy.rowCounts().isEmpty() ? before : copy.rowCounts(), copy.documents(), BackupManifest.NOTE);
    }

    private static Path unzipStore(Path h2Zip, Path work) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(h2Zip))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".mv.db")) {
                    Path target = OwnerOnly.newFile(work.resolve(BackupArchive.STORE_ENTRY));
                    try (var out = Files.newOutputStream(target, java.nio.file.StandardOpenOption.WRITE)) {
                        zip.transferTo(out);
                    }
                    return target;
                }
            }
        }
        throw new IOException("H2's backup " + h2Zip + " holds no store file");
    }

    private static String freeName(Path folder, Instant at) {
        String base = PREFIX + NAME_TIME.format(at);
        String name = base + EXTENSION;
        for (int n = 2; Files.exists(folder.resolve(name)); n++) {
            name = base + "-" + n + EXTENSION;
        }
        return name;
    }
}
