package org.clinicdesk.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.clinicdesk.app.sync.CentralSettings;
import org.clinicdesk.core.audit.ChainVerification;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.sync.AuditAgainstServer;
import org.clinicdesk.storage.sync.CentralUnavailableException;
import org.clinicdesk.storage.sync.RecordsAgainstAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code audit verify}: checks every site's hash chain; exit 0 only when all are intact. {@code audit list}: the events. */
@Command(name = "audit", description = "The audit trail.", subcommands = {AuditCommands.Verify.class, AuditList.class})
final class AuditCommands {
    @ParentCommand
    ClinicDeskCommand root;

    /**
     * Fields of {@code audit verify --json}; {@code records} is how the audited records compared with the digests
     * their change events carry; {@code server} is how the trail compared with the central server's anchored copy:
     * "matched", "differs", "unreachable" or "not set up".
     */
    record Report(boolean intact, List<SiteResult> sites, RecordsResult records, String server) {
    }

    record RecordsResult(boolean intact, int checked, List<String> differing) {
    }

    record SiteResult(String site, boolean intact, int eventsChecked, Long firstBadSequence, String reason) {
        SiteResult broken(String why) {
            Long sequence = firstBadSequence;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^event (\\d+) ").matcher(why);
            if (m.find()) {
                sequence = Long.parseLong(m.group(1));
            }
            return new SiteResult(site, false, eventsChecked, sequence, why);
        }

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
            String server;
            RecordsResult records;
            try (Session session = group.root.signIn()) {
                LocalStore store = session.services().store();
                java.util.Map<String, SiteResult> bySite = new java.util.LinkedHashMap<>();
                session.services().audit().verify(session.actor()).forEach(v -> bySite.put(v.site(), SiteResult.of(v)));
                // A chain rewritten with recomputed hashes still links: the desks' signatures and the server's anchored
                // copy are what it cannot fake.
                AuditAgainstServer.signatures(store).forEach(c -> c.problem().ifPresent(p -> bySite.computeIfPresent(
                        c.site(), (site, r) -> r.intact() ? r.broken(p) : r)));
                server = compareWithServer(store, bySite);
                sites = List.copyOf(bySite.values());
                // A record changed behind the program's back (no event) no longer matches its events' digests.
                RecordsAgainstAudit.Result checked = RecordsAgainstAudit.check(store);
                records = new RecordsResult(checked.intact(), checked.recordsChecked(), checked.problems());
            }
            Report report = new Report(sites.stream().allMatch(SiteResult::intact) && records.intact(), sites, records,
                    server);
            Output out = Output.of(spec);
            if (json) {
                out.json(report);
            } else {
                for (SiteResult s : sites) {
                    out.line(s.intact() ? "Site " + s.site() + ": intact (" + s.eventsChecked() + " events)"
                            : "Site " + s.site() + ": BROKEN " + (s.firstBadSequence() == null ? ""
                            : "at event " + s.firstBadSequence()) + ": " + s.reason());
                }
                out.line(records.intact() ? "Records: all " + records.checked() + " match their audit events"
                        : "Records: " + records.differing().size() + " DIFFER from their audit events:");
                records.differing().forEach(p -> out.line("  " + p));
                out.line("Compared with the central server: " + server);
            }
            return report.intact() ? ExitCode.OK : ExitCode.CHECK_FAILED;
        }

        private String compareWithServer(LocalStore store, java.util.Map<String, SiteResult> bySite) {
            var central = CentralSettings.stored(store);
            if (central.isEmpty()) {
                return "not set up";
            }
            try {
                String outcome = "matched";
                for (AuditAgainstServer.SiteCheck check : AuditAgainstServer.compare(store, central.get())) {
                    if (check.problem().isPresent()) {
                        outcome = "differs";
                        bySite.compute(check.site(), (site, r) -> r == null
                                ? new SiteResult(site, false, 0, null, check.problem().get())
                                : r.broken(check.problem().get()));
                    }
                }
                return outcome;
            } catch (CentralUnavailableException e) {
                return "unreachable";
            }
        }
    }
}
