package org.clinicdesk.app.gui.sync;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.core.sync.SyncStatus;

/** The status bar's sync slot in words: online or offline, changes waiting to go, the last successful sync. */
public final class SyncStatusText {
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter EARLIER = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private SyncStatusText() {
    }

    /** {@code pending} is the outbox as last counted, which may be newer than the status of the last run. */
    public static String of(SyncStatus status, long pending, ZoneId zone) {
        return of(status, pending, zone, java.time.LocalDate.now(zone));
    }

    /** As above; the time alone when the last sync was {@code today}, else with the date. */
    public static String of(SyncStatus status, long pending, ZoneId zone, java.time.LocalDate today) {
        String connectivity = Messages.get("sync.connectivity." + status.connectivity().name());
        String last = status.lastSuccess()
                .map(at -> at.atZone(zone))
                .map(at -> Messages.get("sync.lastSuccess", (at.toLocalDate().equals(today) ? TODAY : EARLIER).format(at)))
                .orElse(Messages.get("sync.neverSynced"));
        String text = Messages.get("sync.bar", connectivity, pending, last);
        return status.conflictsNeedingPerson() > 0
                ? Messages.get("sync.barWithConflicts", text, status.conflictsNeedingPerson())
                : text;
    }
}
