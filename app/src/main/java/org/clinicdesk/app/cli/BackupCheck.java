package org.clinicdesk.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clinicdesk.storage.backup.BackupFolder;

/**
 * {@code doctor}'s backup check: the age of the newest verified backup (a warning when it is older than a day or
 * there is none), and a warning for every backup that failed its verification or changed since.
 */
final class BackupCheck {
    private static final String NAME = "Backups";
    static final Duration TOO_OLD = Duration.ofDays(1);

    private BackupCheck() {
    }

    static List<DoctorCheck> run(Path dataDir, Clock clock) {
        List<DoctorCheck> checks = new ArrayList<>();
        BackupFolder folder = BackupFolder.of(dataDir);
        List<BackupFolder.Status> all = folder.list();
        Optional<BackupFolder.Status> newest = all.stream().filter(BackupFolder.Status::verified).findFirst();
        if (newest.isEmpty()) {
            checks.add(new DoctorCheck(NAME, DoctorCheck.Outcome.WARNING, "no verified backup in " + folder.dir()
                    + "; run 'clinicdesk backup now' (the window backs up at start, every 4 hours and at close)"));
        } else {
            Duration age = Duration.between(newest.get().takenAt(), clock.instant());
            String detail = "newest verified backup " + newest.get().file().getFileName() + " is " + describe(age) + " old";
            checks.add(age.compareTo(TOO_OLD) > 0 ? new DoctorCheck(NAME, DoctorCheck.Outcome.WARNING, detail
                    + " (older than a day); run 'clinicdesk backup now'") : DoctorCheck.passed(NAME, detail));
        }
        all.stream().filter(s -> !s.verified()).forEach(s -> checks.add(new DoctorCheck("Backup "
                + s.file().getFileName(), DoctorCheck.Outcome.WARNING, "failed its verification: " + s.verification())));
        return checks;
    }

    private static String describe(Duration age) {
        if (age.toDays() >= 1) {
            return age.toDays() + " days " + age.toHoursPart() + " hours";
        }
        return age.toHours() >= 1 ? age.toHours() + " hours " + age.toMinutesPart() + " minutes"
                : Math.max(0, age.toMinutes()) + " minutes";
    }
}
