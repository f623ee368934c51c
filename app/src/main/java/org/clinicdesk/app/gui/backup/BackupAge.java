package org.clinicdesk.app.gui.backup;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.clinicdesk.app.gui.common.Messages;

/** The status bar's backup slot: the newest verified backup's age, flagged past a day (as {@code doctor} warns). */
public final class BackupAge {
    static final Duration TOO_OLD = Duration.ofDays(1);

    private BackupAge() {
    }

    public static String statusText(Optional<Instant> newestVerified, Instant now) {
        if (newestVerified.isEmpty()) {
            return Messages.get("status.backup.none");
        }
        Duration age = Duration.between(newestVerified.get(), now);
        String text = age.toDays() >= 1 ? Messages.get("status.backup.days", age.toDays())
                : age.toHours() >= 1 ? Messages.get("status.backup.hours", age.toHours())
                : Messages.get("status.backup.minutes", Math.max(0, age.toMinutes()));
        return Messages.get(age.compareTo(TOO_OLD) > 0 ? "status.backup.old" : "status.backup.age", text);
    }
}
