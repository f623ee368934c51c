package org.clinicdesk.storage.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.queue.QueueTransition;
import org.clinicdesk.storage.db.SyncedEntity;
import org.hibernate.annotations.Immutable;

/** A recorded queue move; history, so never updated. */
@Entity
@Immutable
@Table(name = "queue_transition")
class QueueTransitionEntity extends SyncedEntity {
    @Column(name = "entry_id", nullable = false)
    private UUID entryId;
    @Column(name = "from_status", length = 20)
    private String fromStatus;
    @Column(name = "to_status", nullable = false, length = 20)
    private String toStatus;
    @Column(name = "by_user", nullable = false, length = 32)
    private String byUser;
    @Column(name = "moved_at", nullable = false)
    private Instant movedAt;
    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    protected QueueTransitionEntity() {
    }

    QueueTransitionEntity(QueueTransition t) {
        super(t.id());
        entryId = t.entryId();
        fromStatus = t.from() == null ? null : t.from().name();
        toStatus = t.to().name();
        byUser = t.byUser();
        movedAt = t.at();
        reason = t.reason() == null ? "" : t.reason();
    }

    QueueTransition toTransition() {
        return new QueueTransition(getId(), entryId, fromStatus == null ? null : QueueStatus.valueOf(fromStatus),
                QueueStatus.valueOf(toStatus), byUser, movedAt, reason);
    }
}
