package org.clinicdesk.storage.sync;

import org.clinicdesk.core.sync.SyncStatus;

/**
 * Observes the background sync. Called on the sync thread: a window must hand the status over to its own UI
 * thread (for JavaFX, {@code Platform.runLater}) and return at once.
 */
@FunctionalInterface
public interface SyncStatusListener {
    void statusChanged(SyncStatus status);
}
