package org.clinicdesk.storage.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.clinicdesk.core.notes.Amendment;
import org.clinicdesk.storage.db.SyncedEntity;
import org.hibernate.annotations.Immutable;

/** A correction of a signed note; append-only (the database refuses UPDATE and DELETE as well). */
@Entity
@Immutable
@Table(name = "note_amendment")
class AmendmentEntity extends SyncedEntity {
    @Column(name = "note_id", nullable = false)
    private UUID noteId;
    @Column(name = "author", nullable = false, length = 32)
    private String author;
    @Column(name = "amended_at", nullable = false)
    private Instant amendedAt;
    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;
    @Embedded
    private NoteContentColumns content;

    protected AmendmentEntity() {
    }

    AmendmentEntity(Amendment a) {
        super(a.id());
        noteId = a.noteId();
        author = a.author();
        amendedAt = a.at();
        reason = a.reason();
        content = new NoteContentColumns(a.content());
    }

    Amendment toAmendment() {
        return new Amendment(getId(), noteId, author, amendedAt, reason, content.toContent("note_amendment"));
    }
}
