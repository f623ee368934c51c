package org.clinicdesk.storage.sync;

/** Told as a sync moves through rows; tests use it to cut the connection at a chosen moment. */
@FunctionalInterface
public interface SyncProgress {
    SyncProgress NONE = (phase, rows, centralBackendPid) -> { };

    /** {@code rows} handled so far in {@code phase}; {@code centralBackendPid} is the server process of the sync. */
    void onRows(Phase phase, int rows, int centralBackendPid);

    /**
     * Where a sync is: {@code PUSH} a batch is merged on the server, not yet committed; {@code PUSH_COMMITTED} the
     * server committed it and this desk has not yet dropped it from its outbox; {@code PULL} a batch of the feed is
     * about to be fetched; {@code PULL_APPLIED} it is applied and the cursor saved locally.
     */
    enum Phase { PUSH, PUSH_COMMITTED, PULL, PULL_APPLIED }
}
