package org.clinicdesk.core.documents;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.audit.ReadAccess;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.NotFoundException;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientRepository;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Permission;

/**
 * Use cases: attach a scanned file to a patient, record what OCR read from it, list and search documents.
 * A file is checked and fully decoded before anything is written, so a refused file leaves nothing behind; the
 * same file attached twice to a patient is the same document.
 */
public final class DocumentService {
    private static final int MAX_QUERY_LENGTH = 200;
    private final ClinicContext ctx;
    private final DocumentRepository documents;
    private final BlobStore blobs;
    private final PageDecoder decoder;
    private final DocumentFileCheck check;
    private final PatientRepository patients;

    public DocumentService(ClinicContext ctx, DocumentRepository documents, BlobStore blobs, PageDecoder decoder,
                           FileLimits limits, PatientRepository patients) {
        this.ctx = ctx;
        this.patients = patients;
        this.documents = documents;
        this.blobs = blobs;
        this.decoder = decoder;
        this.check = new DocumentFileCheck(limits);
    }

    /** Attaches the file; returns the existing document when this patient already has these exact bytes. */
    public Document add(Actor actor, Patient patient, DocumentFile file) {
        actor.require(Permission.ADD_DOCUMENTS);
        Objects.requireNonNull(patient, "patient");
        MediaType type = check.check(file);
        int pages = decoder.decodeAll(file, type);
        String sha256 = Sha256.hex(file.content());
        return ctx.tx().inTransaction(() -> {
            var existing = documents.findByPatientAndHash(patient.id(), sha256);
            if (existing.isPresent()) {
                return existing.get();
            }
            // The blob goes first: if the row then fails to commit, an unreferenced blob is harmless and reused by
            // the next attempt, whereas a row without its blob would be a broken chart entry.
            blobs.put(file.content());
            Document document = new Document(ctx.ids().newId(), patient.id(), sha256, file.fileName(), type,
                    file.content().length, pages, actor.username(), ctx.clock().instant(), OcrStatus.PENDING);
            documents.save(document);
            ctx.audit(actor, AuditRecord.of(AuditAction.DOCUMENT_ADDED, "document", document.id(),
                    patient.uhid().value() + " " + file.fileName() + " " + sha256.substring(0, 12)));
            return document;
        });
    }

    /** Keeps what OCR read (or that it failed), so the text becomes searchable and facts can be suggested. */
    public Document recordOcr(Actor actor, Document document, OcrResult result) {
        actor.require(Permission.ADD_DOCUMENTS);
        return ctx.tx().inTransaction(() -> {
            Document stored = documents.findById(document.id())
                    .orElseThrow(() -> new NotFoundException("notFound.document", document.id().toString()));
            Document updated;
            if (result instanceof OcrResult.Success success) {
                documents.saveText(stored.id(), success.pages());
                updated = stored.withOcrStatus(OcrStatus.READ);
            } else {
                documents.updateStatus(stored.id(), OcrStatus.FAILED);
                updated = stored.withOcrStatus(OcrStatus.FAILED);
            }
            ctx.audit(actor, AuditRecord.of(AuditAction.DOCUMENT_READ, "document", stored.id(), updated.ocrStatus().name()));
            return updated;
        });
    }

    /**
     * Opens a document (its record and its plain bytes, read back and checked against its SHA-256) on the given
     * grounds; one audit event naming the document and its patient.
     */
    public OpenedDocument open(Actor actor, UUID documentId, ReadAccess access) {
        access.check(actor, Permission.READ_CHART);
        return ctx.tx().inTransaction(() -> {
            Document document = documents.findById(documentId)
                    .orElseThrow(() -> new NotFoundException("notFound.document", documentId.toString()));
            byte[] content = blobs.get(document.sha256()).orElseThrow(() -> new NotFoundException(
                    "notFound.documentFile", document.sha256(), documentId.toString(), document.fileName()));
            String uhid = patients.findById(document.patientId()).map(p -> p.uhid().value()).orElse("");
            ctx.audit(actor, access.audit(AuditAction.DOCUMENT_OPENED, "document", documentId, uhid,
                    document.fileName()));
            return new OpenedDocument(document, content);
        });
    }

    /** A document as opened: its record and its bytes. */
    public record OpenedDocument(Document document, byte[] content) {
    }

    /**
     * Records that {@code actor} confirmed, with a reason, that a document naming someone else belongs in this
     * patient's chart; without it the document's facts stay out of the chart. Audited with every mismatch.
     */
    public void confirmOtherPatient(Actor actor, Document document, Patient patient, List<PatientMismatch> mismatches,
                                    String reason) {
        actor.require(Permission.ADD_HISTORY);
        if (reason == null || reason.strip().length() < 5) {
            throw new ValidationException("reason",
                    CoreMessages.text("documents.sayWhyDocument", patient.name().full()));
        }
        ctx.tx().inTransaction(() -> {
            ctx.audit(actor, AuditRecord.of(AuditAction.DOCUMENT_OTHER_PATIENT_CONFIRMED, "document", document.id(),
                    patient.uhid().value() + " " + mismatches + " reason: " + reason.strip()));
            return null;
        });
    }

    /** The stored file of a document, checked against its hash; audited, since it shows the chart. */
    public byte[] content(Actor actor, Document document) {
        return open(actor, document.id(), ReadAccess.byRole()).content();
    }

    public List<Document> forPatient(Actor actor, Patient patient) {
        actor.require(Permission.READ_CHART);
        return ctx.tx().inTransaction(() -> documents.forPatient(patient.id()));
    }

    /** Full-text search over every document's OCR text; audited, since hits reveal chart contents. */
    public List<TextMatch> search(Actor actor, String query, int limit) {
        actor.require(Permission.READ_CHART);
        if (query == null || query.isBlank()) {
            throw new ValidationException("query", CoreMessages.text("common.empty"));
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new ValidationException("query",
                    CoreMessages.text("common.tooLong", String.valueOf(MAX_QUERY_LENGTH)));
        }
        return ctx.tx().inTransaction(() -> {
            List<TextMatch> hits = documents.search(query.strip(), Math.max(1, Math.min(limit, 500)));
            ctx.audit(actor, AuditRecord.of(AuditAction.DOCUMENTS_SEARCHED, "document", null,
                    hits.size() + " hits"));
            return hits;
        });
    }
}
