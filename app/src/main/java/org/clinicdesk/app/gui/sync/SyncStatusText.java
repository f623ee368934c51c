package org.clinicdesk.app.gui.sync;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.core.sync.SyncStatus;

/** The status bar's sync slot in words: online or offline, changes waiting to go, the last successful sync. */
public final class SyncStatusText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd MMM HH:mm:ss");

    private SyncStatusText() {
    }

    /** {@code pending} is the outbox as last counted, which may be newer than the status of the last run. */
    public static String of(SyncStatus status, long pending, ZoneId zone) {
        String connectivity = Messages.get("sync.connectivity." + status.connectivity().name());
        String last = status.lastSuccess()
                .map(at -> Messages.get("sync.lastSuccess", TIME.format(at.atZone(zone))))
                .orElse(Messages.get("sync.neverSynced"));
        String text = Messages.get("sync.bar", connectivity, pending, last);
        return status.conflictsNeedingPerson() > 0
                ? Messages.get("sync.barWithConflicts", text, status.conflictsNeedingPerson())
                : text;
    }
}
