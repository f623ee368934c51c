package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.clinicdesk.storage.documents.DiskBlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Document bytes travel beside their rows as content-addressed blobs. Before rows are pushed, every local document's
 * blob that the server lacks is uploaded in chunks (stored once per clinic whatever the number of desks that scanned
 * it; a cut upload resumes at the first missing chunk). After the pull, every document whose bytes this desktop lacks
 * is fetched and checked against its SHA-256. A blob that is not yet on either side is simply tried at the next sync.
 */
final class BlobPhase {
    private static final Logger LOG = LoggerFactory.getLogger(BlobPhase.class);
    private final SyncEngine.SyncContext context;
    private final CentralBlobs blobs = new CentralBlobs();

    BlobPhase(SyncEngine.SyncContext context) {
        this.context = context;
    }

    /** Uploads what the server lacks; returns how many blobs were sent. */
    int upload() throws SQLException {
        Set<String> onServer = completeOnServer();
        DiskBlobStore local = context.store().blobs();
        int sent = 0;
        for (String sha : documentBlobs()) {
            if (onServer.contains(sha)) {
                continue;
            }
            Optional<byte[]> bytes = local.get(sha);
            if (bytes.isEmpty()) {
                LOG.info("Blob {} of a document is not on this desktop yet; not uploaded", sha);
                continue;
            }
            blobs.upload(context.central(), context.clinicId(), bytes.get());
            sent++;
        }
        return sent;
    }

    /** Fetches the bytes of documents this desktop has rows for but no blob; returns how many arrived. */
    int download() throws SQLException {
        DiskBlobStore local = context.store().blobs();
        int fetched = 0;
        for (String sha : documentBlobs()) {
            if (local.contains(sha)) {
                continue;
            }
            Optional<byte[]> bytes = blobs.download(context.central(), context.clinicId(), sha);
            if (bytes.isPresent()) {
                local.put(bytes.get());
                fetched++;
            }
        }
        return fetched;
    }

    private Set<String> documentBlobs() throws SQLException {
        Set<String> shas = new HashSet<>();
        try (Connection c = context.store().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT DISTINCT sha256 FROM document WHERE deleted = FALSE");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                shas.add(rs.getString(1));
            }
        }
        return shas;
    }

    private Set<String> completeOnServer() throws SQLException {
        context.central().setAutoCommit(true);
        Set<String> shas = new HashSet<>();
        try (PreparedStatement ps = context.central().prepareStatement(
                "SELECT sha256 FROM blob WHERE clinic_id = ? AND complete")) {
            ps.setObject(1, context.clinicId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    shas.add(rs.getString(1));
                }
            }
        }
        return shas;
    }
}
