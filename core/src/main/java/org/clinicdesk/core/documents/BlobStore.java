package org.clinicdesk.core.documents;

import java.util.Optional;

/**
 * Outgoing port: content-addressed storage of document bytes. {@code put} is idempotent (the same bytes are
 * stored once) and never leaves a partial file under a hash; {@code get} verifies the hash before returning.
 */
public interface BlobStore {
    /** Stores the bytes and returns their SHA-256 (lower-case hex). */
    String put(byte[] content);

    Optional<byte[]> get(String sha256);

    boolean contains(String sha256);
}
