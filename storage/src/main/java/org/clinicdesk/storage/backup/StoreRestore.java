package org.clinicdesk.storage.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.storage.db.StoreDatabase;
import org.clinicdesk.storage.keys.KeyFolder;
import org.clinicdesk.storage.keys.StoreKeys;
import org.clinicdesk.storage.sync.RestoredStore;

/**
 * Restores a backup file: into a new data folder (a store that opens with the same desk key or recovery key), or in
 * place of the current store. Either way the backup is first extracted and checked like a new backup (opened, audit
 * chain, documents, rows per table as its manifest recorded); nothing is replaced unless that passed.
 */
public final class StoreRestore {
    private StoreRestore() {
    }

    /** A backup extracted and checked in a folder, ready to become a store. */
    public record Checked(Path backup, Path folder, int documents) {
        /**
         * Replaces the store in {@code dataDir} (which must be closed) by this copy: store file and keys moved over
         * the old ones, the documents folder swapped. The caller took a safety backup first.
         */
        public void replace(Path dataDir) {
            try {
                Path oldBlobs = dataDir.resolve(".blobs-before-restore-" + UUID.randomUUID());
                if (Files.isDirectory(dataDir.resolve("blobs"))) {
                    Files.move(dataDir.resolve("blobs"), oldBlobs, StandardCopyOption.ATOMIC_MOVE);
                }
                if (Files.isDirectory(folder.resolve("blobs"))) {
                    Files.move(folder.resolve("blobs"), dataDir.resolve("blobs"), StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(folder.resolve(StoreKeys.FILE), dataDir.resolve(StoreKeys.FILE),
                        StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                Files.move(folder.resolve(BackupArchive.STORE_ENTRY), StoreDatabase.file(dataDir),
                        StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                BackupFolder.deleteTree(oldBlobs);
                BackupFolder.deleteTree(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not put the restored store from " + backup + " in place in "
                        + dataDir + ": " + e.getMessage() + " (the safety backup in " + BackupFolder.of(dataDir).dir()
                        + " holds the store as it was)", e);
            }
        }
    }

    /** Restores {@code backup} into {@code newDataDir}, which must not exist yet or be empty. */
    public static Checked toNewFolder(Path backup, Path newDataDir, KeyFolder keyFolder, Clock clock) {
        return toNewFolder(backup, newDataDir, keyFolder, clock, RestoreProgress.NONE);
    }

    /** As {@link #toNewFolder(Path, Path, KeyFolder, Clock)}, reporting to {@code progress}, which may cancel it. */
    public static Checked toNewFolder(Path backup, Path newDataDir, KeyFolder keyFolder, Clock clock,
                                      RestoreProgress progress) {
        if (Files.exists(newDataDir) && !emptyFolder(newDataDir)) {
            throw new ValidationException("to", newDataDir + " is not empty; restore into a new data folder, or "
                    + "use --in-place for this store's own folder");
        }
        return check(backup, newDataDir, keyFolder, clock, progress);
    }

    /** Extracts and checks {@code backup} in a working folder inside {@code dataDir}, for {@link Checked#replace}. */
    public static Checked prepareInPlace(Path backup, Path dataDir, KeyFolder keyFolder, Clock clock) {
        return prepareInPlace(backup, dataDir, keyFolder, clock, RestoreProgress.NONE);
    }

    /** As {@link #prepareInPlace(Path, Path, KeyFolder, Clock)}, reporting to {@code progress}, which may cancel it. */
    public static Checked prepareInPlace(Path backup, Path dataDir, KeyFolder keyFolder, Clock clock,
                                         RestoreProgress progress) {
        return check(backup, dataDir.resolve(".restore-" + UUID.randomUUID()), keyFolder, clock, progress);
    }

    // Shares of the work, by what a restore of a large store spends: reading the file twice, then opening the copy.
    private static final double HASHED = 0.3;
    private static final double EXTRACTED = 0.7;
    private static final double CHECKED = 0.95;

    private static Checked check(Path backup, Path folder, KeyFolder keyFolder, Clock clock, RestoreProgress progress) {
        if (!Files.isRegularFile(backup)) {
            throw new ValidationException("backup", backup + " does not exist or is not a file");
        }
        Optional<BackupManifest> manifest = BackupManifest.of(backup);
        try {
            long size = Files.size(backup);
            if (manifest.isPresent()) {
                String sha256;
                try (InputStream in = new ProgressInput(Files.newInputStream(backup), size, progress, 0, HASHED)) {
                    sha256 = BackupArchive.sha256(in);
                }
                if (!sha256.equals(manifest.get().sha256())) {
                    throw new ValidationException("backup", backup.getFileName() + " changed after it was written (its "
                            + "SHA-256 is no longer the one in " + BackupManifest.pathOf(backup).getFileName()
                            + "); choose another backup (clinicdesk backup list)");
                }
            }
            try (InputStream in = new ProgressInput(Files.newInputStream(backup), size, progress, HASHED,
                    EXTRACTED - HASHED)) {
                BackupArchive.extract(in, folder);
            }
            progress.stopIfCancelled();
        } catch (IOException e) {
            BackupFolder.deleteTree(folder);
            throw new ValidationException("backup", backup.getFileName() + " cannot be restored: " + e.getMessage()
                    + "; nothing was changed");
        } catch (RuntimeException e) {
            BackupFolder.deleteTree(folder);
            throw e;
        }
        // Its users and password hashes are as old as the backup: sign-in waits for a catch-up sync (RestoredStore).
        RestoredCopy copy = RestoredCopy.check(folder, keyFolder, clock,
                store -> RestoredStore.mark(store, clock.instant()));
        Optional<String> problem = copy.problem().or(() -> manifest.flatMap(m -> copy.differenceFrom(m.rowCounts(),
                m.rowCounts())));
        if (problem.isPresent()) {
            BackupFolder.deleteTree(folder);
            throw new ValidationException("backup", backup.getFileName() + " does not restore: " + problem.get()
                    + "; nothing was changed");
        }
        if (progress.cancelled()) {
            BackupFolder.deleteTree(folder);
            progress.stopIfCancelled();
        }
        progress.reached(CHECKED);
        return new Checked(backup, folder, copy.documents());
    }

    /** Removes a checked copy that will not be used (the safety backup failed). */
    public static void discard(Checked checked) {
        BackupFolder.deleteTree(checked.folder());
    }

    private static boolean emptyFolder(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
