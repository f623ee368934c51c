package org.clinicdesk.storage.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.common.HybridClock;
import org.clinicdesk.core.common.IdGenerator;
import org.clinicdesk.core.documents.Document;
import org.clinicdesk.core.documents.DocumentRepository;
import org.clinicdesk.core.documents.MediaType;
import org.clinicdesk.core.documents.OcrPage;
import org.clinicdesk.core.documents.OcrStatus;
import org.clinicdesk.core.documents.TextMatch;

/**
 * Document rows and page texts over plain JDBC in the caller's {@link JdbcTransactions} transaction. Every write
 * stamps the sync columns (site, hybrid-clock version); replaced page texts become tombstones, never deletes.
 */
public final class JdbcDocumentRepository implements DocumentRepository {
    private static final String COLUMNS = "id, patient_id, sha256, file_name, media_type, size_bytes, page_count, "
            + "added_by, added_at, ocr_status";
    private static final int SNIPPET_RADIUS = 60;
    private final JdbcTransactions tx;
    private final HybridClock clock;
    private final IdGenerator ids;
    private final ObjectMapper json = new ObjectMapper();

    public JdbcDocumentRepository(JdbcTransactions tx, HybridClock clock, IdGenerator ids) {
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public void save(Document d) {
        update("INSERT INTO document (" + COLUMNS + ", site, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setObject(1, d.id());
            ps.setObject(2, d.patientId());
            ps.setString(3, d.sha256());
            ps.setString(4, d.fileName());
            ps.setString(5, d.mediaType().name());
            ps.setLong(6, d.sizeBytes());
            ps.setInt(7, d.pageCount());
            ps.setString(8, d.addedBy());
            ps.setTimestamp(9, Timestamp.from(d.addedAt()));
            ps.setString(10, d.ocrStatus().name());
            ps.setString(11, clock.site());
            ps.setString(12, clock.now().encode());
        });
    }

    @Override
    public Optional<Document> findById(UUID id) {
        return query("SELECT " + COLUMNS + " FROM document WHERE id = ? AND NOT deleted", ps -> ps.setObject(1, id))
                .stream().findFirst();
    }

    @Override
    public Optional<Document> findByPatientAndHash(UUID patientId, String sha256) {
        return query("SELECT " + COLUMNS + " FROM document WHERE patient_id = ? AND sha256 = ? AND NOT deleted", ps -> {
            ps.setObject(1, patientId);
            ps.setString(2, sha256);
        }).stream().findFirst();
    }

    @Override
    public List<Document> forPatient(UUID patientId) {
        return query("SELECT " + COLUMNS + " FROM document WHERE patient_id = ? AND NOT deleted ORDER BY added_at DESC, id DESC",
                ps -> ps.setObject(1, patientId));
    }

    @Override
    public void saveText(UUID documentId, List<OcrPage> pages) {
        String version = clock.now().encode();
        update("UPDATE document_page SET deleted = TRUE, version = ? WHERE document_id = ? AND NOT deleted", ps -> {
            ps.setString(1, version);
            ps.setObject(2, documentId);
        });
        for (OcrPage page : pages) {
            update("INSERT INTO document_page (id, site, version, document_id, page_number, ocr_text, search_text, "
                    + "mean_confidence, rotation_degrees, deskew_degrees, words_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                ps.setObject(1, ids.newId());
                ps.setString(2, clock.site());
                ps.setString(3, version);
                ps.setObject(4, documentId);
                ps.setInt(5, page.number());
                ps.setString(6, page.text());
                ps.setString(7, searchable(page.text()));
                ps.setDouble(8, page.meanConfidence());
                ps.setInt(9, page.rotationDegrees());
                ps.setDouble(10, page.deskewDegrees());
                ps.setString(11, wordsJson(page));
            });
        }
        updateStatus(documentId, OcrStatus.READ);
    }

    @Override
    public void updateStatus(UUID documentId, OcrStatus status) {
        update("UPDATE document SET ocr_status = ?, version = ? WHERE id = ?", ps -> {
            ps.setString(1, status.name());
            ps.setString(2, clock.now().encode());
            ps.setObject(3, documentId);
        });
    }

    @Override
    public List<TextMatch> search(String query, int limit) {
        List<String> terms = Arrays.stream(searchable(query).split(" ")).filter(t -> !t.isBlank()).toList();
        if (terms.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT d.id, d.patient_id, p.page_number, p.ocr_text FROM document_page p "
                + "JOIN document d ON d.id = p.document_id WHERE NOT p.deleted AND NOT d.deleted");
        terms.forEach(t -> sql.append(" AND p.search_text LIKE ? ESCAPE '\\'"));
        sql.append(" ORDER BY d.added_at DESC, d.id, p.page_number FETCH FIRST ? ROWS ONLY");
        try (PreparedStatement ps = tx.connection().prepareStatement(sql.toString())) {
            int i = 1;
            for (String t : terms) {
                ps.setString(i++, "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            ps.setInt(i, limit);
            List<TextMatch> hits = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hits.add(new TextMatch(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                            snippet(rs.getString(4), terms.get(0))));
                }
            }
            return hits;
        } catch (SQLException e) {
            throw new IllegalStateException("document search failed: " + e.getMessage(), e);
        }
    }

    /** Lower case with runs of whitespace as one space, so a query matches across OCR line breaks. */
    static String searchable(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String snippet(String text, String term) {
        String flat = text.replaceAll("\\s+", " ");
        int at = flat.toLowerCase(Locale.ROOT).indexOf(term);
        if (at < 0) {
            return flat.substring(0, Math.min(flat.length(), 2 * SNIPPET_RADIUS));
        }
        return flat.substring(Math.max(0, at - SNIPPET_RADIUS), Math.min(flat.length(), at + term.length() + SNIPPET_RADIUS)).strip();
    }

    private String wordsJson(OcrPage page) {
        try {
            return json.writeValueAsString(page.words());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not encode OCR words", e);
        }
    }

    private List<Document> query(String sql, Binder binder) {
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            binder.bind(ps);
            List<Document> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Document(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), MediaType.valueOf(rs.getString(5)), rs.getLong(6), rs.getInt(7),
                            rs.getString(8), rs.getTimestamp(9).toInstant(), OcrStatus.valueOf(rs.getString(10))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("document query failed: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Binder binder) {
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("document update failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }
}
