package org.clinicdesk.storage.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Folders 0700 and files 0600, set when they are created (never widened first and narrowed afterwards). On Windows,
 * which has no POSIX modes, the new file or folder gets an access list naming only the current user.
 */
public final class OwnerOnly {
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    /** Creates the folder and any missing parents, each owner-only; an existing folder is left as it is. */
    public static Path folder(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            folder(parent);
        }
        try {
            if (POSIX) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(FOLDER));
            } else {
                Files.createDirectory(dir);
                restrictAcl(dir);
            }
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // made by another program in between; fine
        }
        return dir;
    }

    /** Creates an empty owner-only file; fails if it exists. */
    public static Path newFile(Path file) throws IOException {
        if (POSIX) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        }
        Files.createFile(file);
        restrictAcl(file);
        return file;
    }

    /** Creates an owner-only file if none is there yet, so a library that writes it later keeps the mode. */
    public static Path ensureFile(Path file) throws IOException {
        try {
            return newFile(file);
        } catch (java.nio.file.FileAlreadyExistsException exists) {
            return file;
        }
    }

    /** An owner-only temporary file in {@code dir}. */
    public static Path tempFile(Path dir, String prefix, String suffix) throws IOException {
        Path temp = POSIX ? Files.createTempFile(dir, prefix, suffix, PosixFilePermissions.asFileAttribute(FILE))
                : Files.createTempFile(dir, prefix, suffix);
        if (!POSIX) {
            restrictAcl(temp);
        }
        return temp;
    }

    /** Writes {@code bytes} to {@code target} through an owner-only temp file, forced to disk and moved into place. */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = tempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
                out.write(bytes);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The attribute for {@code Files.createTempFile} and friends; empty on Windows (use {@link #restrictAcl}). */
    public static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /** Whether this file system has POSIX modes (Linux, macOS). */
    public static boolean posix() {
        return POSIX;
    }

    /**
     * Tightens an existing tree (an old store made before files were owner-only): every folder 0700, every file
     * 0600. Returns how many entries changed.
     */
    public static int tighten(Path root) throws IOException {
        if (!POSIX) {
            return 0;
        }
        int changed = 0;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                Set<PosixFilePermission> wanted = Files.isDirectory(p) ? FOLDER : FILE;
                if (!Files.getPosixFilePermissions(p).equals(wanted)) {
                    Files.setPosixFilePermissions(p, wanted);
                    changed++;
                }
            }
        }
        return changed;
    }

    /** The entries under {@code root} that anyone but the owner may read, write or enter (POSIX only). */
    public static List<Path> widerThanOwner(Path root) throws IOException {
        if (!POSIX || !Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !Files.isSymbolicLink(p)).filter(p -> {
                try {
                    return !Files.getPosixFilePermissions(p).equals(Files.isDirectory(p) ? FOLDER : FILE);
                } catch (IOException e) {
                    return true;
                }
            }).toList();
        }
    }

    /** Windows: replaces the inherited access list with one entry for the current user (full control). */
    private static void restrictAcl(Path path) throws IOException {
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl == null) {
            return;
        }
        UserPrincipal owner = Files.getOwner(path);
        AclEntry.Builder entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (Files.isDirectory(path)) {
            // what is created inside inherits this one entry, so later files are the user's alone too
            entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        acl.setAcl(List.of(entry.build()));
    }
}
