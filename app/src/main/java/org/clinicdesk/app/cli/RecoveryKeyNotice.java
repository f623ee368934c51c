package org.clinicdesk.app.cli;

import org.clinicdesk.storage.keys.RecoveryKey;

/**
 * How the command line shows a store's recovery key, the one time it is shown: on stdout (it is the command's
 * result, and a script that makes a store must be able to keep it), with what it is for.
 */
final class RecoveryKeyNotice {
    private RecoveryKeyNotice() {
    }

    static void print(Output output, RecoveryKey key) {
        output.line("");
        output.line("RECOVERY KEY - write it down now on paper and keep it away from this computer; it is shown only once:");
        output.line("    " + key.formatted());
        output.line("It opens this store on a new computer, or here if this computer's desk key is lost "
                + "('clinicdesk recover --recovery-key KEY'). Without it and without this computer's desk key, "
                + "nobody can read the store - not even ClinicDesk's makers.");
    }
}
