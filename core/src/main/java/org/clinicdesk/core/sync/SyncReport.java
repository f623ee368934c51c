package org.clinicdesk.core.sync;

import java.time.Duration;
import java.util.List;

/**
 * The figures of one completed sync: local changes pushed, central rows pulled, conflicts met in this run, and
 * conflicts of the clinic still waiting for a person.
 */
public record SyncReport(int pushed, int pulled, int conflicts, List<String> conflictDetails, int openConflicts,
                         Duration took, SyncCursor cursor) {
    public SyncReport {
        conflictDetails = List.copyOf(conflictDetails);
    }
}
