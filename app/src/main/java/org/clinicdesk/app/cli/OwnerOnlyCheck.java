package org.clinicdesk.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.storage.files.OwnerOnly;

/**
 * {@code doctor}'s check that the data folder is the user's alone (folders 0700, files 0600); with {@code --fix} it
 * tightens a store made before ClinicDesk set these modes.
 */
final class OwnerOnlyCheck {
    private static final String NAME = "Data folder owner-only";

    private OwnerOnlyCheck() {
    }

    static DoctorCheck run(Path dataDir, boolean fix) {
        if (!OwnerOnly.posix()) {
            return DoctorCheck.info(NAME, "this file system has no POSIX modes; new files and folders get an access "
                    + "list for this user alone");
        }
        try {
            List<Path> wide = OwnerOnly.widerThanOwner(dataDir);
            if (wide.isEmpty()) {
                return DoctorCheck.passed(NAME, "folders 0700, files 0600");
            }
            if (fix) {
                int changed = OwnerOnly.tighten(dataDir);
                return DoctorCheck.passed(NAME, "tightened " + changed + " files and folders to 0700/0600");
            }
            return new DoctorCheck(NAME, DoctorCheck.Outcome.WARNING, wide.size() + " files or folders can be read by "
                    + "other users of this computer (e.g. " + wide.get(0) + "); run 'clinicdesk doctor --fix'");
        } catch (IOException e) {
            return DoctorCheck.failed(NAME, "cannot be checked (" + e.getMessage() + ")");
        }
    }
}
