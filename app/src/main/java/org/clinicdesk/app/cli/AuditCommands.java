package org.clinicdesk.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.clinicdesk.core.audit.ChainVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code audit verify}: checks every site's hash chain; exit 0 only when all are intact. */
@Command(name = "audit", description = "The audit trail.", subcommands = AuditCommands.Verify.class)
final class AuditCommands {
    @ParentCommand
    private ClinicDeskCommand root;

    /** Fields of {@code audit verify --json}. */
    record Report(boolean intact, List<SiteResult> sites) {
    }

    record SiteResult(String site, boolean intact, int eventsChecked, Long firstBadSequence, String reason) {
        static SiteResult of(ChainVerification v) {
            return new SiteResult(v.site(), v.intact(), v.eventsChecked(), v.firstBadSequence().orElse(null), v.reason());
        }
    }

    @Command(name = "verify", description = "Verify every site's audit chain; exit 0 only if all are intact.")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        private AuditCommands group;

        @Spec
        private CommandSpec spec;

        @Option(names = "--json", description = "Print one JSON document: {intact, sites}.")
        private boolean json;

        @Override
        public Integer call() {
            List<SiteResult> sites;
            try (Session session = group.root.signIn()) {
                sites = session.services().audit().verify(session.actor()).stream().map(SiteResult::of).toList();
            }
            Report report = new Report(sites.stream().allMatch(SiteResult::intact), sites);
            Output out = Output.of(spec);
            if (json) {
                out.json(report);
            } else {
                for (SiteResult s : sites) {
                    out.line(s.intact() ? "Site " + s.site() + ": intact (" + s.eventsChecked() + " events)"
                            : "Site " + s.site() + ": BROKEN at event " + s.firstBadSequence() + ": " + s.reason());
                }
            }
            return report.intact() ? ExitCode.OK : ExitCode.CHECK_FAILED;
        }
    }
}
