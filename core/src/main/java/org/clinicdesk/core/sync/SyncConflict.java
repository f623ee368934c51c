package org.clinicdesk.core.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * A merge sync could not settle by its rules and left for a person (for example a note signed twice with different
 * content): which record, the version that stayed and the one that did not, in readable form.
 */
public record SyncConflict(long id, String table, UUID rowId, String site, String detail, Instant detectedAt,
                           String keptVersion, String otherVersion) {
}
