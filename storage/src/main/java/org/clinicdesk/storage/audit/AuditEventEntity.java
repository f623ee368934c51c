package org.clinicdesk.storage.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.clinicdesk.core.audit.AuditEvent;
import org.clinicdesk.storage.db.SyncedEntity;
import org.hibernate.annotations.Immutable;

/** One link of a site's audit chain; never updated once written (Hibernate is told so). */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEventEntity extends SyncedEntity implements org.clinicdesk.storage.db.SignedEntity {
    /** The writing desk's Ed25519 signature of the event's place in its chain (set by the outbox listener). */
    @Column(name = "signature", length = 200)
    private String signature;

    @Column(name = "sequence", nullable = false)
    private long sequence;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "username", nullable = false, length = 64)
    private String username;
    @Column(name = "action", nullable = false, length = 40)
    private String action;
    @Column(name = "entity_type", nullable = false, length = 40)
    private String entityType;
    @Column(name = "entity_id", nullable = false, length = 100)
    private String entityId;
    @Column(name = "detail", nullable = false, length = 4000)
    private String detail;
    @Column(name = "row_digest", nullable = false, length = 8000)
    private String rowDigest;
    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;
    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    protected AuditEventEntity() {
    }

    AuditEventEntity(AuditEvent e) {
        super(e.id());
        sequence = e.sequence();
        occurredAt = e.occurredAt();
        username = e.username();
        action = e.action();
        entityType = e.entityType();
        entityId = e.entityId();
        detail = e.detail();
        rowDigest = e.rowDigest();
        previousHash = e.previousHash();
        hash = e.hash();
    }

    AuditEvent toEvent() {
        return new AuditEvent(getId(), getSite(), sequence, occurredAt, username, action, entityType, entityId, detail,
                rowDigest == null ? "" : rowDigest, previousHash, hash);
    }

    @Override
    public java.util.Map<String, Object> signedColumns() {
        java.util.Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("id", getId());
        columns.put("site", getSite());
        columns.put("sequence", sequence);
        columns.put("previous_hash", previousHash);
        columns.put("hash", hash);
        return columns;
    }
}
