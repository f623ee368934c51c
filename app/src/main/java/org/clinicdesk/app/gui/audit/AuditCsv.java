package org.clinicdesk.app.gui.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.storage.files.OwnerOnly;

/**
 * The Audit log as CSV (RFC 4180: every field quoted, quotes doubled, CRLF lines), written owner-only and whole or
 * not at all, since it names patients.
 */
final class AuditCsv {
    static final String HEADER = "time,site,sequence,user,action,patient,record,detail";

    private AuditCsv() {
    }

    static void write(Path file, List<AuditRow> rows) throws IOException {
        OwnerOnly.writeAtomically(file, org.clinicdesk.app.reports.CsvText.of(HEADER, rows.stream()
                .map(r -> new String[] {r.at(), r.site(), Long.toString(r.sequence()), r.user(), r.action(), r.patient(),
                        r.entity(), r.detail()}).toList()));
    }
}
