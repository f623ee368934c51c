package org.clinicdesk.storage.sync;

/** Told as a sync moves through rows; tests use it to cut the connection at a chosen moment. */
@FunctionalInterface
public interface SyncProgress {
    SyncProgress NONE = (phase, rows, centralBackendPid) -> { };

    /** {@code rows} handled so far in {@code phase}; {@code centralBackendPid} is the server process of the sync. */
    void onRows(Phase phase, int rows, int centralBackendPid);

    /** Which half of a sync. */
    enum Phase { PUSH, PULL }
}
