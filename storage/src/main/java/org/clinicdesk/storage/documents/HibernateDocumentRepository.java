package org.clinicdesk.storage.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.common.IdGenerator;
import org.clinicdesk.core.documents.Document;
import org.clinicdesk.core.documents.DocumentRepository;
import org.clinicdesk.core.documents.OcrPage;
import org.clinicdesk.core.documents.OcrStatus;
import org.clinicdesk.core.documents.TextMatch;
import org.clinicdesk.storage.db.HibernateUnitOfWork;
import org.hibernate.query.SelectionQuery;

/**
 * Document rows and page texts as Hibernate entities, so every write joins the caller's unit of work (with its
 * audit event) and is stamped and captured in the outbox by the one listener. Replaced page texts become
 * tombstones, never deletes.
 */
public final class HibernateDocumentRepository implements DocumentRepository {
    public static final List<Class<?>> ENTITIES = List.of(DocumentEntity.class, DocumentPageEntity.class);
    private static final int SNIPPET_RADIUS = 60;
    private final HibernateUnitOfWork tx;
    private final IdGenerator ids;
    private final ObjectMapper json = new ObjectMapper();

    public HibernateDocumentRepository(HibernateUnitOfWork tx, IdGenerator ids) {
        this.tx = tx;
        this.ids = ids;
    }

    @Override
    public void save(Document document) {
        tx.withSession(session -> {
            DocumentEntity existing = session.get(DocumentEntity.class, document.id());
            if (existing == null) {
                session.persist(new DocumentEntity(document));
            } else {
                existing.setOcrStatus(document.ocrStatus());
            }
            return null;
        });
    }

    @Override
    public Optional<Document> findById(UUID id) {
        return tx.withSession(session -> Optional.ofNullable(session.get(DocumentEntity.class, id))
                .filter(e -> !e.isDeleted()).map(DocumentEntity::toDocument));
    }

    @Override
    public Optional<Document> findByPatientAndHash(UUID patientId, String sha256) {
        return tx.withSession(session -> session.createSelectionQuery("from DocumentEntity where patientId = :patient "
                        + "and sha256 = :sha and deleted = false", DocumentEntity.class)
                .setParameter("patient", patientId).setParameter("sha", sha256)
                .getResultStream().findFirst().map(DocumentEntity::toDocument));
    }

    @Override
    public List<Document> forPatient(UUID patientId) {
        return tx.withSession(session -> session.createSelectionQuery("from DocumentEntity where patientId = :patient "
                        + "and deleted = false order by addedAt desc, id desc", DocumentEntity.class)
                .setParameter("patient", patientId)
                .getResultStream().map(DocumentEntity::toDocument).toList());
    }

    @Override
    public void saveText(UUID documentId, List<OcrPage> pages) {
        tx.withSession(session -> {
            session.createSelectionQuery("from DocumentPageEntity where documentId = :doc and deleted = false",
                    DocumentPageEntity.class).setParameter("doc", documentId).getResultList()
                    .forEach(DocumentPageEntity::markDeleted);
            for (OcrPage page : pages) {
                session.persist(new DocumentPageEntity(ids.newId(), documentId, page.number(), page.text(),
                        searchable(page.text()), page.meanConfidence(), page.rotationDegrees(), page.deskewDegrees(),
                        wordsJson(page)));
            }
            return null;
        });
        updateStatus(documentId, OcrStatus.READ);
    }

    @Override
    public void updateStatus(UUID documentId, OcrStatus status) {
        tx.withSession(session -> {
            DocumentEntity entity = session.get(DocumentEntity.class, documentId);
            if (entity != null) {
                entity.setOcrStatus(status);
            }
            return null;
        });
    }

    @Override
    public List<TextMatch> search(String query, int limit) {
        List<String> terms = Arrays.stream(searchable(query).split(" ")).filter(t -> !t.isBlank()).toList();
        if (terms.isEmpty()) {
            return List.of();
        }
        StringBuilder hql = new StringBuilder("select d.id, d.patientId, p.pageNumber, p.ocrText, d.fileName, "
                + "pt.givenName, pt.familyName, pt.uhid from DocumentPageEntity p "
                + "join DocumentEntity d on d.id = p.documentId left join PatientEntity pt on pt.id = d.patientId "
                + "where p.deleted = false and d.deleted = false");
        for (int i = 0; i < terms.size(); i++) {
            hql.append(" and p.searchText like :t").append(i).append(" escape '\\'");
        }
        hql.append(" order by d.addedAt desc, d.id, p.pageNumber");
        return tx.withSession(session -> {
            SelectionQuery<Object[]> q = session.createSelectionQuery(hql.toString(), Object[].class);
            for (int i = 0; i < terms.size(); i++) {
                String t = terms.get(i);
                q.setParameter("t" + i, "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            return q.setMaxResults(limit).getResultStream()
                    .map(r -> new TextMatch((UUID) r[0], (UUID) r[1], (Integer) r[2], snippet((String) r[3], terms.get(0)),
                            (String) r[4], patientName((String) r[5], (String) r[6]), (String) r[7]))
                    .toList();
        });
    }

    /** Lower case with runs of whitespace as one space, so a query matches across OCR line breaks. */
    static String searchable(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** The patient's name for a hit; empty while the patient's row has not arrived (a page can sync first). */
    private static String patientName(String given, String family) {
        return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
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
}
