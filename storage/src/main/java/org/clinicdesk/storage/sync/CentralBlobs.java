package org.clinicdesk.storage.sync;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Documents (scans, PDFs) on the central server as content-addressed blobs: the SHA-256 of the bytes is the name,
 * the bytes travel in fixed-size chunks, each committed on its own so that an upload cut off half way resumes with
 * the chunks still missing, and content already there is never sent again. Downloads are checked against the name.
 */
public final class CentralBlobs {
    public static final int CHUNK_BYTES = 256 * 1024;
    private final int chunkBytes;

    public CentralBlobs(int chunkBytes) {
        if (chunkBytes < 1) {
            throw new IllegalArgumentException("chunk size must be positive");
        }
        this.chunkBytes = chunkBytes;
    }

    public CentralBlobs() {
        this(CHUNK_BYTES);
    }

    /** What an upload did. */
    public record Upload(String sha256, int chunksSent, boolean alreadyPresent) {
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the chunks the server does not have yet (autocommit: each chunk is kept even if the upload is cut). */
    public Upload upload(Connection central, UUID clinicId, byte[] content) throws SQLException {
        String sha = sha256(content);
        central.setAutoCommit(true);
        int chunks = Math.max(1, (content.length + chunkBytes - 1) / chunkBytes);
        if (isComplete(central, clinicId, sha)) {
            return new Upload(sha, 0, true);
        }
        Set<Integer> present = presentChunks(central, clinicId, sha);
        int sent = 0;
        // Through the server's functions: a desk cannot write blob tables, and a blob is complete only when its
        // chunks hash to its name.
        try (PreparedStatement ps = central.prepareStatement("SELECT cd_blob_chunk(?, ?, ?, ?, ?)")) {
            for (int i = 0; i < chunks; i++) {
                if (present.contains(i)) {
                    continue;
                }
                int from = i * chunkBytes;
                byte[] chunk = java.util.Arrays.copyOfRange(content, from, Math.min(content.length, from + chunkBytes));
                ps.setString(1, sha);
                ps.setLong(2, content.length);
                ps.setInt(3, chunks);
                ps.setInt(4, i);
                ps.setBytes(5, chunk);
                ps.executeQuery().close();
                sent++;
            }
        }
        try (PreparedStatement ps = central.prepareStatement("SELECT cd_blob_complete(?)")) {
            ps.setString(1, sha);
            ps.executeQuery().close();
        }
        return new Upload(sha, sent, false);
    }

    /** The blob's bytes, checked against its name; empty when the server does not have all of it. */
    public Optional<byte[]> download(Connection central, UUID clinicId, String sha) throws SQLException {
        if (!isComplete(central, clinicId, sha)) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PreparedStatement ps = central.prepareStatement("SELECT data FROM blob_chunk WHERE clinic_id = ? AND sha256 = ? "
                + "ORDER BY chunk_index")) {
            ps.setObject(1, clinicId);
            ps.setString(2, sha);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.writeBytes(rs.getBytes(1));
                }
            }
        }
        byte[] content = out.toByteArray();
        if (!sha256(content).equals(sha)) {
            throw new IllegalStateException("Document " + sha + " on the central server is damaged (its content no "
                    + "longer matches its SHA-256); it was not stored on this desktop.");
        }
        return Optional.of(content);
    }

    private static boolean isComplete(Connection central, UUID clinicId, String sha) throws SQLException {
        try (PreparedStatement ps = central.prepareStatement("SELECT complete FROM blob WHERE clinic_id = ? AND sha256 = ?")) {
            ps.setObject(1, clinicId);
            ps.setString(2, sha);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static Set<Integer> presentChunks(Connection central, UUID clinicId, String sha) throws SQLException {
        Set<Integer> present = new HashSet<>();
        try (PreparedStatement ps = central.prepareStatement(
                "SELECT chunk_index FROM blob_chunk WHERE clinic_id = ? AND sha256 = ?")) {
            ps.setObject(1, clinicId);
            ps.setString(2, sha);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    present.add(rs.getInt(1));
                }
            }
        }
        return present;
    }
}
