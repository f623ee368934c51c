package org.clinicdesk.core.sync;

/** What merging an incoming version into the stored one produced. */
public sealed interface MergeOutcome {

    /** The stored row already holds everything the incoming one carries (a replay, or an older version). */
    record Unchanged() implements MergeOutcome {
    }

    /** The row to store now (the stored one merged with the incoming one). */
    record Merged(SyncRow row) implements MergeOutcome {
    }

    /** The stored row stays, but the two versions disagree in a way a person must look at. */
    record Conflict(String reason) implements MergeOutcome {
    }
}
