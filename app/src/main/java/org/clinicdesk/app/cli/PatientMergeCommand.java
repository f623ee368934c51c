package org.clinicdesk.app.cli;

import java.util.concurrent.Callable;
import org.clinicdesk.core.patient.Patient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code patient merge KEEP_UHID ALIAS_UHID --reason TEXT [--json]}: the second patient becomes an alias of the first
 * (doctor or admin; audited as PATIENT_MERGED with both UHIDs and the reason). Prints the kept UHID.
 */
@Command(name = "merge", description = "Merge a duplicate patient into the one kept: the second UHID becomes an alias of the first.")
final class PatientMergeCommand implements Callable<Integer> {
    @ParentCommand
    private PatientCommands group;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KEEP_UHID", description = "The patient kept (their UHID stays).")
    private String keep;

    @Parameters(index = "1", paramLabel = "ALIAS_UHID", description = "The duplicate; its UHID becomes an alias.")
    private String alias;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why these are the same person (audited).")
    private String reason;

    @Option(names = "--json", description = "Print one JSON document: {kept, alias, reason}.")
    private boolean json;

    /** Fields of {@code patient merge --json}. */
    record Merged(String kept, String alias, String reason) {
    }

    @Override
    public Integer call() {
        Merged merged;
        try (Session session = group.root.signIn()) {
            Patient alias = session.services().merge().merge(session.actor(), keep, this.alias, reason);
            Patient kept = session.services().patients().require(session.actor(), alias.uhid().value());
            merged = new Merged(kept.uhid().value(), alias.uhid().value(), reason.strip());
        }
        Output out = Output.of(spec);
        if (json) {
            out.json(merged);
            return ExitCode.OK;
        }
        out.line(merged.kept());
        out.note(merged.alias() + " is now an alias of " + merged.kept() + ".");
        return ExitCode.OK;
    }
}
