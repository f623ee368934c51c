package org.clinicdesk.core.sync;

import java.util.List;

/** Outgoing port: the clinic's open sync conflicts, kept by the central server. Both calls may fail when it is away. */
public interface ConflictInbox {
    List<SyncConflict> open();

    /** Marks the conflict settled by {@code username} with their note; false when it was already settled. */
    boolean acknowledge(long conflictId, String username, String note);
}
