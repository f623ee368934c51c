package org.clinicdesk.storage.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.clinicdesk.core.backup.BackupRotation;
import org.clinicdesk.storage.files.OwnerOnly;

/** A folder of backups with their manifests: {@code <dataDir>/backups}, or the second folder on a USB disk or share. */
public final class BackupFolder {
    public static final String NAME = "backups";
    private final Path dir;

    private BackupFolder(Path dir) {
        this.dir = dir;
    }

    public static BackupFolder of(Path dataDir) {
        return new BackupFolder(dataDir.resolve(NAME));
    }

    public static BackupFolder at(Path dir) {
        return new BackupFolder(dir);
    }

    public Path dir() {
        return dir;
    }

    Path ensure() {
        try {
            return OwnerOnly.folder(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the backup folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * One backup as it stands now: verified only if its verification passed when it was written and the file still
     * has the SHA-256 recorded then (a changed byte since is reported with the file's name).
     */
    public record Status(Path file, Instant takenAt, BackupManifest.Kind kind, long sizeBytes, boolean verified,
                         String verification) {
    }

    /** Every backup here, newest first; one without a readable manifest is listed as not verified. */
    public List<Status> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Status> all = new ArrayList<>();
        for (Path file : files()) {
            Optional<BackupManifest> manifest = BackupManifest.of(file);
            long size = sizeOf(file);
            if (manifest.isEmpty()) {
                all.add(new Status(file, modified(file), BackupManifest.Kind.SCHEDULED, size, false,
                        "its manifest " + BackupManifest.pathOf(file).getFileName() + " is missing or unreadable"));
                continue;
            }
            BackupManifest m = manifest.get();
            all.add(new Status(file, m.takenAt(), m.kind(), size, m.verified() && unchanged(file, m),
                    m.verified() && !unchanged(file, m) ? "the file " + file.getFileName() + " changed after it was "
                            + "verified (its SHA-256 is no longer " + m.sha256() + ")" : m.verification()));
        }
        all.sort(Comparator.comparing(Status::takenAt).thenComparingInt(s -> sameInstantNumber(s.file())).reversed());
        return all;
    }

    /** {@code ...Z-2.zip} is the second backup named for its instant; {@code ...Z.zip} the first. */
    private static int sameInstantNumber(Path file) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-(\\d+)\\" + StoreBackups.EXTENSION + "$")
                .matcher(file.getFileName().toString());
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    /** The newest backup that is verified and unchanged. */
    public Optional<Status> newestVerified() {
        return list().stream().filter(Status::verified).findFirst();
    }

    /**
     * Applies the rotation to this folder's verified backups and deletes the rest (a failed backup goes once it is
     * older than every kept one; safety backups stay). Returns the files deleted.
     */
    public List<Path> rotate(Clock clock) {
        List<Status> all = list();
        List<Instant> verified = all.stream().filter(s -> s.verified() && s.kind() == BackupManifest.Kind.SCHEDULED)
                .map(Status::takenAt).toList();
        Map<Instant, BackupRotation.Tier> kept = BackupRotation.keep(verified, clock.instant(), clock.getZone());
        Optional<Instant> oldestKept = kept.keySet().stream().min(Comparator.naturalOrder());
        List<Path> deleted = new ArrayList<>();
        java.util.Set<Instant> claimed = new java.util.HashSet<>();
        for (Status s : all) {
            if (s.kind() != BackupManifest.Kind.SCHEDULED) {
                continue;
            }
            // two backups of the same instant: the one listed first (the later name) keeps the place
            boolean outOfRotation = s.verified() ? !(kept.containsKey(s.takenAt()) && claimed.add(s.takenAt()))
                    : oldestKept.isPresent() && s.takenAt().isBefore(oldestKept.get());
            if (outOfRotation) {
                delete(s.file());
                deleted.add(s.file());
            }
        }
        return deleted;
    }

    /** Copies a backup and its manifest here (owner-only), the manifest last so a half copy is never listed verified. */
    Path copyIn(Path backup) throws IOException {
        ensure();
        Path target = dir.resolve(backup.getFileName());
        copy(backup, target);
        copy(BackupManifest.pathOf(backup), BackupManifest.pathOf(target));
        return target;
    }

    private static void copy(Path from, Path to) throws IOException {
        Path temp = OwnerOnly.tempFile(to.getParent(), ".incoming-", ".part");
        try {
            try (var out = Files.newOutputStream(temp, java.nio.file.StandardOpenOption.WRITE)) {
                Files.copy(from, out);
            }
            Files.move(temp, to, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private List<Path> files() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(StoreBackups.PREFIX)
                    && p.getFileName().toString().endsWith(StoreBackups.EXTENSION)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backup folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean unchanged(Path file, BackupManifest m) {
        try {
            return Files.size(file) == m.sizeBytes() && BackupArchive.sha256(file).equals(m.sha256());
        } catch (IOException e) {
            return false;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(BackupManifest.pathOf(file));
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the old backup " + file + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a working folder and everything in it; nothing when {@code root} is null or gone. */
    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the working folder " + root + ": " + e.getMessage(), e);
        }
    }
}
