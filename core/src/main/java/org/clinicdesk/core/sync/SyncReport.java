package org.clinicdesk.core.sync;

import java.time.Duration;
import java.util.List;

/** The figures of one completed sync: changes pushed and pulled, and conflicts that need a person. */
public record SyncReport(int pushed, int pulled, int conflicts, List<String> conflictDetails, Duration took,
                         SyncCursor cursor) {
    public SyncReport {
        conflictDetails = List.copyOf(conflictDetails);
    }
}
