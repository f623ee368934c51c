package org.clinicdesk.storage.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.clinicdesk.storage.db.StoreDatabase;
import org.clinicdesk.storage.files.OwnerOnly;
import org.clinicdesk.storage.keys.StoreKeys;

/**
 * The backup file: one zip holding the encrypted store file, {@code store.keys} and the encrypted document files,
 * as they are on disk (nothing is decrypted), plus a README saying that it opens only with the keys. Stored without
 * compression: encrypted bytes do not compress.
 */
final class BackupArchive {
    static final String STORE_ENTRY = StoreDatabase.NAME + ".mv.db";
    static final String README = "README.txt";
    private static final Pattern BLOB = Pattern.compile("blobs/[0-9a-f]{2}/[0-9a-f]{62}");

    private BackupArchive() {
    }

    /** Writes the archive to {@code target} (owner-only, forced to disk). */
    static void write(Path target, Path storeFile, Path dataDir) throws IOException {
        try (OutputStream file = Files.newOutputStream(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(Deflater.NO_COMPRESSION);
            add(zip, README, BackupManifest.NOTE.getBytes(StandardCharsets.UTF_8));
            add(zip, STORE_ENTRY, storeFile);
            add(zip, StoreKeys.FILE, dataDir.resolve(StoreKeys.FILE));
            for (Path blob : blobs(dataDir)) {
                add(zip, dataDir.relativize(blob).toString().replace('\\', '/'), blob);
            }
        }
        try (var channel = java.nio.channels.FileChannel.open(target, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static List<Path> blobs(Path dataDir) throws IOException {
        Path root = dataDir.resolve("blobs");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> BLOB.matcher(dataDir.relativize(p).toString().replace('\\', '/')).matches())
                    .sorted().toList();
        }
    }

    private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    private static void add(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /**
     * Extracts the store, its keys and its documents into {@code dataDir} (owner-only); any other entry, or a name
     * that would leave the folder, is refused with its name.
     */
    static void extract(Path archive, Path dataDir) throws IOException {
        try (InputStream in = Files.newInputStream(archive)) {
            extract(in, dataDir);
        }
    }

    /** As {@link #extract(Path, Path)}, from the archive's bytes (a restore reads them with its progress). */
    static void extract(InputStream archive, Path dataDir) throws IOException {
        OwnerOnly.folder(dataDir);
        boolean store = false;
        boolean keys = false;
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.equals(README)) {
                    continue;
                }
                if (!name.equals(STORE_ENTRY) && !name.equals(StoreKeys.FILE) && !BLOB.matcher(name).matches()) {
                    throw new IOException("the entry '" + name + "' is not part of a ClinicDesk backup");
                }
                Path target = dataDir.resolve(name);
                OwnerOnly.folder(target.getParent());
                OwnerOnly.newFile(target);
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                    zip.transferTo(out); // this entry only: the zip stream ends each entry
                }
                store |= name.equals(STORE_ENTRY);
                keys |= name.equals(StoreKeys.FILE);
            }
        }
        if (!store || !keys) {
            throw new IOException("it has no " + (store ? StoreKeys.FILE : STORE_ENTRY));
        }
    }

    /** The SHA-256 of a file, in hex. */
    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    /** The SHA-256 of the bytes read from {@code bytes}, in hex. */
    static String sha256(InputStream bytes) throws IOException {
        try (InputStream in = new DigestInputStream(bytes, MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
