package org.clinicdesk.storage.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.history.HistoryKind;
import org.clinicdesk.storage.db.SyncedEntity;

@Entity
@Table(name = "history_entry")
class HistoryEntryEntity extends SyncedEntity {
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Column(name = "kind", nullable = false, length = 20)
    private String kind;
    @Column(name = "entry_date")
    private LocalDate date;
    @Column(name = "summary", nullable = false, length = 2000)
    private String summary;
    @Column(name = "details", nullable = false, length = 20000)
    private String details;
    @Column(name = "source", nullable = false, length = 200)
    private String source;
    @Column(name = "recorded_by", nullable = false, length = 32)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected HistoryEntryEntity() {
    }

    HistoryEntryEntity(UUID id, UUID patientId) {
        super(id);
        this.patientId = patientId;
    }

    void copyFrom(HistoryEntry e) {
        kind = e.kind().name();
        date = e.date();
        summary = e.summary();
        details = e.details() == null ? "" : e.details();
        source = e.source() == null ? "" : e.source();
        recordedBy = e.recordedBy();
        recordedAt = e.recordedAt();
    }

    HistoryEntry toEntry() {
        return new HistoryEntry(getId(), patientId, HistoryKind.valueOf(kind), date, summary, details, source,
                recordedBy, recordedAt);
    }
}
