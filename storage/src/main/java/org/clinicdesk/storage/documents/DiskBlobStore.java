package org.clinicdesk.storage.documents;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.clinicdesk.core.documents.BlobStore;
import org.clinicdesk.core.documents.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Document bytes on disk under {@code <dataDir>/blobs/ab/cdef...} (the first two hex digits of the SHA-256 as a
 * folder). Writes go to a temp file in the same folder, are forced to disk, then moved atomically into place, so a
 * power cut never leaves a partial file under a hash. Reads verify the hash.
 */
public final class DiskBlobStore implements BlobStore {
    private static final Logger log = LoggerFactory.getLogger(DiskBlobStore.class);
    private final Path root;

    public DiskBlobStore(Path dataDir) {
        this.root = dataDir.resolve("blobs");
    }

    public Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2));
    }

    @Override
    public String put(byte[] content) {
        String sha256 = Sha256.hex(content);
        Path target = pathOf(sha256);
        if (Files.isRegularFile(target) && verified(target, sha256)) {
            return sha256;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "incoming-", ".part");
            try {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    ByteBuffer buffer = ByteBuffer.wrap(content);
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
        return sha256;
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

    @Override
    public Optional<byte[]> get(String sha256) {
        Path path = pathOf(sha256);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            if (!Sha256.hex(bytes).equals(sha256)) {
                log.warn("Blob {} does not match its hash; treating it as missing", path);
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path, e);
        }
    }

    @Override
    public boolean contains(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    private static boolean verified(Path path, String sha256) {
        try {
            return Sha256.hex(Files.readAllBytes(path)).equals(sha256);
        } catch (IOException e) {
            return false;
        }
    }
}
