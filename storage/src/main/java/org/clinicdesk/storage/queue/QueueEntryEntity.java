package org.clinicdesk.storage.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.queue.Token;
import org.clinicdesk.storage.db.SyncedEntity;

@Entity
@Table(name = "queue_entry")
class QueueEntryEntity extends SyncedEntity {
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Column(name = "token", nullable = false, length = 12)
    private String token;
    @Column(name = "service_date", nullable = false)
    private LocalDate serviceDate;
    @Column(name = "priority", nullable = false, length = 10)
    private String priority;
    @Column(name = "status", nullable = false, length = 20)
    private String status;
    @Column(name = "arrived_at", nullable = false)
    private Instant arrivedAt;
    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;
    @Column(name = "requeue_round", nullable = false)
    private int round;

    protected QueueEntryEntity() {
    }

    QueueEntryEntity(UUID id, UUID patientId) {
        super(id);
        this.patientId = patientId;
    }

    void copyFrom(QueueEntry e) {
        token = e.token().value();
        serviceDate = e.serviceDate();
        priority = e.priority().name();
        status = e.status().name();
        arrivedAt = e.arrivedAt();
        statusChangedAt = e.statusChangedAt();
        round = e.round();
    }

    QueueEntry toEntry() {
        return new QueueEntry(getId(), patientId, Token.parse(token), serviceDate, Priority.valueOf(priority),
                QueueStatus.valueOf(status), arrivedAt, statusChangedAt, round);
    }
}
