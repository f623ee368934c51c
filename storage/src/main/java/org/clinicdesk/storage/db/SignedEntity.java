package org.clinicdesk.storage.db;

import java.util.Map;

/**
 * A synced row that the writing desk signs with its key (users, audit events). The outbox listener signs it after
 * stamping its version, in the same place where every synced change is captured.
 */
public interface SignedEntity {
    /** The table's column values that {@code SignedRows} signs, as they will be written. */
    Map<String, Object> signedColumns();
}
