package org.clinicdesk.core.sync;

import java.time.Instant;
import java.util.Optional;

/**
 * What the status bar shows about sync: whether the central server answers, how many local changes wait to be
 * sent, when the last sync completed, how many conflicts wait for a person, and why the last attempt failed.
 */
public record SyncStatus(Connectivity connectivity, long pendingChanges, Optional<Instant> lastSuccess,
                         int conflictsNeedingPerson, Optional<String> problem) {

    /** Whether the central server was reachable at the last attempt. */
    public enum Connectivity { ONLINE, OFFLINE, REFUSED }

    public static SyncStatus unknown(long pending) {
        return new SyncStatus(Connectivity.OFFLINE, pending, Optional.empty(), 0, Optional.of("not synced yet"));
    }
}
