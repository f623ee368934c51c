package org.clinicdesk.storage.db;

import java.nio.file.Path;
import org.clinicdesk.core.common.ClinicException;

/** The data directory's database is open in another process (another ClinicDesk window, a backup tool). */
public final class StoreInUseException extends ClinicException {
    public StoreInUseException(Path dataDir, Throwable cause) {
        super("The data directory " + dataDir.toAbsolutePath() + " is already open in a ClinicDesk program; close it "
                + "first, or use another --data-dir.", cause);
    }
}
