package org.clinicdesk.storage.db;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * The columns every synced row carries. {@code site} and {@code version} are stamped by the outbox listener on
 * every insert and update, never by call sites, so no change can reach the database without a fresh version.
 */
@MappedSuperclass
public abstract class SyncedEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    // Not marked nullable=false: Hibernate checks that before the listener stamps them; the columns are NOT NULL.
    @Column(name = "site", updatable = false, length = 4)
    private String site;

    @Column(name = "version", length = 40)
    private String version;

    @Column(name = "deleted", nullable = false)
    private boolean deleted;

    protected SyncedEntity() {
    }

    protected SyncedEntity(UUID id) {
        this.id = id;
    }

    public UUID getId() {
        return id;
    }

    public String getSite() {
        return site;
    }

    public String getVersion() {
        return version;
    }

    public boolean isDeleted() {
        return deleted;
    }

    /** A tombstone: the row stays (sync must carry the deletion to every desktop). */
    public void markDeleted() {
        this.deleted = true;
    }

    public static final String SITE = "site";
    public static final String VERSION = "version";
    public static final String DELETED = "deleted";
}
