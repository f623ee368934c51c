package org.clinicdesk.storage.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.clinicdesk.core.documents.BlobStore;
import org.clinicdesk.core.documents.Sha256;
import org.clinicdesk.storage.files.OwnerOnly;
import org.clinicdesk.storage.keys.Gcm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Document bytes on disk under {@code <dataDir>/blobs/ab/cdef...} (the first two hex digits of the SHA-256 as a
 * folder), sealed with AES-GCM under a key derived from the store's data key: {@code CDB1 || nonce || ciphertext ||
 * tag}, the tag bound to the file's name. The name stays the SHA-256 of the plain bytes, so sync's content addressing
 * and deduplication see the same names as before. Writes go to an owner-only temp file in the same folder, are
 * forced to disk, then moved atomically into place, so a power cut never leaves a partial file under a hash.
 */
public final class DiskBlobStore implements BlobStore {
    private static final Logger log = LoggerFactory.getLogger(DiskBlobStore.class);
    private static final byte[] MAGIC = "CDB1".getBytes(StandardCharsets.US_ASCII);
    private final Path root;
    private final Gcm cipher;

    public DiskBlobStore(Path dataDir, Gcm cipher) {
        this.root = dataDir.resolve("blobs");
        this.cipher = cipher;
    }

    /** A document file whose tag does not match: changed on disk, or sealed by another store's key. */
    public static final class UnreadableDocumentException extends IllegalStateException {
        UnreadableDocumentException(Path file, String reason) {
            super("The document file " + file + " cannot be read: " + reason);
        }
    }

    public Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2));
    }

    @Override
    public String put(byte[] content) {
        String sha256 = Sha256.hex(content);
        Path target = pathOf(sha256);
        if (Files.isRegularFile(target) && verified(sha256)) {
            return sha256;
        }
        write(target, cipher.seal(content, sha256));
        return sha256;
    }

    private static void write(Path target, byte[] sealed) {
        try {
            OwnerOnly.folder(target.getParent());
            Path temp = OwnerOnly.tempFile(target.getParent(), "incoming-", ".part");
            try {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    ByteBuffer buffer = ByteBuffer.allocate(MAGIC.length + sealed.length).put(MAGIC).put(sealed).flip();
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not store document bytes under " + target, e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            try {
                Files.move(temp, target);
            } catch (FileAlreadyExistsException same) {
                // Another writer stored the same bytes first; content addressing makes theirs identical.
            }
        }
    }

    /**
     * The plain bytes of a document. A file whose tag fails is refused with an error naming it; a file that is still
     * plain (left by a store made before documents were encrypted) is sealed now and returned.
     */
    @Override
    public Optional<byte[]> get(String sha256) {
        Path path = pathOf(sha256);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        byte[] stored = read(path);
        if (!sealed(stored)) {
            if (Sha256.hex(stored).equals(sha256)) {
                write(path, cipher.seal(stored, sha256));
                return Optional.of(stored);
            }
            throw new UnreadableDocumentException(path, "it is neither an encrypted ClinicDesk document nor the "
                    + "document its name says");
        }
        byte[] plain;
        try {
            plain = cipher.open(stored, MAGIC.length, stored.length - MAGIC.length, sha256);
        } catch (Gcm.TagMismatchException e) {
            throw new UnreadableDocumentException(path, "its encryption tag does not match (the file was changed, or "
                    + "it belongs to another store)");
        }
        if (!Sha256.hex(plain).equals(sha256)) {
            log.warn("Blob {} does not match its hash; treating it as missing", path);
            return Optional.empty();
        }
        return Optional.of(plain);
    }

    @Override
    public boolean contains(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    /** Seals every document file that is still plain (a store being encrypted); returns how many. */
    public int encryptPlainFiles() {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int sealedNow = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = file.getParent().getFileName().toString() + file.getFileName();
                byte[] stored = read(file);
                if (!sealed(stored) && name.matches("[0-9a-f]{64}") && Sha256.hex(stored).equals(name)) {
                    write(file, cipher.seal(stored, name));
                    sealedNow++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not walk " + root, e);
        }
        return sealedNow;
    }

    private static boolean sealed(byte[] stored) {
        return stored.length > MAGIC.length && Arrays.equals(stored, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path, e);
        }
    }

    private boolean verified(String sha256) {
        try {
            return get(sha256).isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
