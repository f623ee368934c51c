package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CentralBlobsTest {
    private static final UUID CLINIC = UUID.randomUUID();
    private static final UUID OTHER_CLINIC = UUID.randomUUID();
    private static PgTestDatabase db;
    private static CentralServer site;
    private static CentralServer otherSite;
    private final CentralBlobs blobs = new CentralBlobs(1000);

    @BeforeAll
    static void start() {
        db = PgTestDatabase.create();
        site = db.site(CLINIC, "A");
        otherSite = db.site(OTHER_CLINIC, "A");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static byte[] scan(long seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static int chunks(String sha) throws SQLException {
        try (Connection admin = db.adminConnection();
             PreparedStatement ps = admin.prepareStatement("SELECT count(*) FROM blob_chunk WHERE sha256 = ?")) {
            ps.setString(1, sha);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void aDocumentTravelsInChunksAndComesBackByteForByte() throws SQLException {
        byte[] pdf = scan(1, 4_500);
        try (Connection c = site.connect()) {
            CentralBlobs.Upload upload = blobs.upload(c, CLINIC, pdf);
            assertThat(upload.chunksSent()).isEqualTo(5);
            assertThat(upload.sha256()).isEqualTo(CentralBlobs.sha256(pdf));
            assertThat(blobs.download(c, CLINIC, upload.sha256())).hasValueSatisfying(b -> assertThat(b).isEqualTo(pdf));
        }
    }

    @Test
    void theSameContentIsStoredOnceAndNotSentAgain() throws SQLException {
        byte[] pdf = scan(2, 2_500);
        try (Connection c = site.connect()) {
            blobs.upload(c, CLINIC, pdf);
            CentralBlobs.Upload again = blobs.upload(c, CLINIC, pdf.clone());
            assertThat(again.alreadyPresent()).isTrue();
            assertThat(again.chunksSent()).isZero();
        }
        assertThat(chunks(CentralBlobs.sha256(pdf))).isEqualTo(3);
    }

    @Test
    void anUploadCutOffHalfWayResumesWithTheMissingChunksOnly() throws SQLException {
        byte[] pdf = scan(3, 6_000);
        String sha = CentralBlobs.sha256(pdf);
        try (Connection c = site.connect()) {
            blobs.upload(c, CLINIC, pdf);
        }
        try (Connection admin = db.adminConnection(); Statement st = admin.createStatement()) {
            // what a cut after three chunks leaves behind
            st.execute("DELETE FROM blob_chunk WHERE sha256 = '" + sha + "' AND chunk_index >= 3");
            st.execute("UPDATE blob SET complete = false WHERE sha256 = '" + sha + "'");
        }
        try (Connection c = site.connect()) {
            assertThat(blobs.download(c, CLINIC, sha)).as("an incomplete blob is not handed out").isEmpty();
            assertThat(blobs.upload(c, CLINIC, pdf).chunksSent()).isEqualTo(3);
            assertThat(blobs.download(c, CLINIC, sha)).hasValueSatisfying(b -> assertThat(b).isEqualTo(pdf));
        }
    }

    @Test
    void aDamagedChunkIsDetectedOnDownload() throws SQLException {
        byte[] pdf = scan(4, 1_500);
        String sha = CentralBlobs.sha256(pdf);
        try (Connection c = site.connect()) {
            blobs.upload(c, CLINIC, pdf);
        }
        try (Connection admin = db.adminConnection(); Statement st = admin.createStatement()) {
            st.execute("UPDATE blob_chunk SET data = '\\x00'::bytea || data WHERE sha256 = '" + sha + "' AND chunk_index = 1");
        }
        try (Connection c = site.connect()) {
            assertThatThrownBy(() -> blobs.download(c, CLINIC, sha)).hasMessageContaining("damaged");
        }
    }

    @Test
    void anotherClinicCannotReadTheDocument() throws SQLException {
        byte[] pdf = scan(5, 800);
        try (Connection c = site.connect()) {
            blobs.upload(c, CLINIC, pdf);
        }
        try (Connection other = otherSite.connect()) {
            assertThat(blobs.download(other, CLINIC, CentralBlobs.sha256(pdf))).isEmpty();
        }
    }
}
