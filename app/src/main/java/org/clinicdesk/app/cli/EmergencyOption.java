package org.clinicdesk.app.cli;

import org.clinicdesk.core.audit.ReadAccess;
import picocli.CommandLine.Option;

/** {@code --emergency REASON} on the verbs that read a chart: opens it outside the role, audited with the reason. */
final class EmergencyOption {
    @Option(names = "--emergency", paramLabel = "REASON", description = {
            "Open it for an emergency although your role may not (reception, admin): the reason is kept in the",
            "audit trail as EMERGENCY_ACCESS and administrators review it ('audit list --emergency')."})
    private String reason;

    ReadAccess access() {
        return reason == null ? ReadAccess.byRole() : ReadAccess.emergency(reason);
    }
}
