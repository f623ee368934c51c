package org.clinicdesk.storage.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.clinicdesk.core.notes.NoteStatus;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.storage.db.SyncedEntity;

@Entity
@Table(name = "soap_note")
class SoapNoteEntity extends SyncedEntity {
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Column(name = "author", nullable = false, length = 32)
    private String author;
    @Column(name = "status", nullable = false, length = 10)
    private String status;
    @Embedded
    private NoteContentColumns content;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "signed_by", length = 32)
    private String signedBy;
    @Column(name = "signed_at")
    private Instant signedAt;

    protected SoapNoteEntity() {
    }

    SoapNoteEntity(UUID id, UUID patientId) {
        super(id);
        this.patientId = patientId;
    }

    boolean isSigned() {
        return NoteStatus.SIGNED.name().equals(status);
    }

    void copyFrom(SoapNote note) {
        author = note.author();
        status = note.status().name();
        content = new NoteContentColumns(note.content());
        createdAt = note.createdAt();
        updatedAt = note.updatedAt();
        signedBy = note.signedBy();
        signedAt = note.signedAt();
    }

    SoapNote toNote() {
        return new SoapNote(getId(), patientId, author, NoteStatus.valueOf(status), content.toContent("soap_note"),
                createdAt, updatedAt, signedBy, signedAt);
    }
}
