package org.clinicdesk.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.flags.ClinicalFlag;
import org.clinicdesk.core.flags.FlagScan;
import org.clinicdesk.core.flags.PatientFlags;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code flags UHID}: a patient's clinical flags, each with the path in the clinical graph that raised it;
 * {@code flags scan --all}: every patient, with a summary; {@code flags knowledge export|import FILE}: the clinic's own
 * interactions.
 */
@Command(name = "flags", description = {"A patient's clinical flags (interactions, contraindications, allergies, "
        + "duplicate therapy, doses, abnormal values, likely duplicate patients), each with the path that raised it."},
        subcommands = {FlagsCommand.Scan.class, FlagsCommand.Ack.class, FlagsCommand.KnowledgeCommands.class})
final class FlagsCommand implements Callable<Integer> {
    @ParentCommand
    private ClinicDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "UHID", arity = "0..1", description = "The patient.")
    private String uhid;

    @Option(names = "--json", description = "Print one JSON document: {uhid, name, knowledgeVersion, flags: [{kind, "
            + "severity, state, reason, explanation, path, steps, pathText, source, knowledgeVersion, key}]}.")
    private boolean json;

    /** A flag as printed. */
    record FlagView(String kind, String severity, String state, String reason, String explanation,
                    List<NodeView> path, List<String> steps, String pathText, String source, String knowledgeVersion,
                    String key) {
        static FlagView of(PatientFlags p, ClinicalFlag f) {
            return new FlagView(f.kind().label(), f.severity().label(),
                    p.state(f).map(r -> r.state().name().toLowerCase(java.util.Locale.ROOT)).orElse("raised"),
                    p.state(f).map(r -> r.reason()).orElse(""), f.explanation(),
                    f.path().stream().map(n -> new NodeView(n.type().name().toLowerCase(java.util.Locale.ROOT),
                            n.label())).toList(), f.steps(), f.pathText(), f.source(), f.knowledgeVersion(), f.key());
        }
    }

    record NodeView(String type, String label) {
    }

    record PatientView(String uhid, String name, String knowledgeVersion, List<FlagView> flags) {
        static PatientView of(PatientFlags p) {
            return new PatientView(p.uhid(), p.name(), p.knowledgeVersion(),
                    p.flags().stream().map(f -> FlagView.of(p, f)).toList());
        }
    }

    @Override
    public Integer call() {
        if (uhid == null) {
            throw new ValidationException("UHID", "is missing: give a patient's UHID, or 'flags scan --all'");
        }
        PatientFlags flags;
        try (Session session = root.signIn()) {
            flags = session.services().flags().forPatient(session.actor(), uhid);
        }
        Output out = Output.of(spec);
        if (json) {
            out.json(PatientView.of(flags));
        } else {
            print(out, flags);
        }
        return ExitCode.OK;
    }

    static void print(Output out, PatientFlags p) {
        out.line(p.uhid() + " " + p.name() + ": " + (p.flags().isEmpty() ? "no flags" : p.flags().size() + " flags")
                + " (knowledge " + p.knowledgeVersion() + ")");
        for (ClinicalFlag f : p.flags()) {
            String state = p.state(f).map(r -> r.state().name().toLowerCase(java.util.Locale.ROOT)
                    + (r.reason().isEmpty() ? "" : " (" + r.reason() + ")")).orElse("raised");
            out.line("  [" + f.severity().label() + ", " + state + "] " + f.kind().label() + ": " + f.explanation());
            out.line("      path: " + f.pathText());
            out.line("      key: " + f.key());
        }
    }

    /** {@code flags ack UHID KEY [--override REASON]}: a clinician answers a flag. */
    @Command(name = "ack", description = "Acknowledge a patient's flag (its key as 'flags UHID' prints it), or "
            + "override it with a reason; either lets a note be signed over it. Audited.")
    static final class Ack implements Callable<Integer> {
        @ParentCommand
        private FlagsCommand group;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "UHID")
        private String uhid;

        @Parameters(index = "1", paramLabel = "KEY")
        private String key;

        @Option(names = "--override", paramLabel = "REASON", description = "Override with this reason instead.")
        private String override;

        @Override
        public Integer call() {
            org.clinicdesk.core.flags.FlagRecord r;
            try (Session session = group.root.signIn()) {
                r = session.inTransaction(() -> session.services().flags().acknowledge(session.actor(), uhid, key,
                        java.util.Optional.ofNullable(override)));
            }
            Output.of(spec).line(r.state().name().toLowerCase(java.util.Locale.ROOT) + " " + r.flagKey());
            return ExitCode.OK;
        }
    }

    /** {@code flags scan --all}: every patient. */
    @Command(name = "scan", description = "Check every patient; prints each flagged patient and a summary by kind "
            + "and severity.")
    static final class Scan implements Callable<Integer> {
        @ParentCommand
        private FlagsCommand group;

        @Spec
        private CommandSpec spec;

        @Option(names = "--all", required = true, description = "Every patient in the store.")
        private boolean all;

        @Option(names = "--json", description = "Print one JSON document: {patients, flagged, flags, knowledgeVersion, "
                + "byKind, bySeverity, results: [{uhid, name, flags}]}.")
        private boolean json;

        record ScanView(int patients, int flagged, int flags, String knowledgeVersion, Map<String, Integer> byKind,
                        Map<String, Integer> bySeverity, List<PatientView> results) {
        }

        @Override
        public Integer call() {
            FlagScan scan;
            try (Session session = group.root.signIn()) {
                scan = session.services().flags().scanAll(session.actor());
            }
            Output out = Output.of(spec);
            if (json) {
                out.json(new ScanView(scan.patients(), scan.flagged().size(), scan.total(), scan.knowledgeVersion(),
                        scan.byKind(), scan.bySeverity(), scan.flagged().stream().map(PatientView::of).toList()));
                return ExitCode.OK;
            }
            scan.flagged().forEach(p -> print(out, p));
            out.line(scan.patients() + " patients checked, " + scan.flagged().size() + " with flags, " + scan.total()
                    + " flags (knowledge " + scan.knowledgeVersion() + ")");
            out.line("by severity: " + scan.bySeverity());
            out.line("by kind: " + scan.byKind());
            return ExitCode.OK;
        }
    }

    /** {@code flags knowledge export|import FILE}. */
    @Command(name = "knowledge", description = "The clinic's own interactions (CSV: drug_a, drug_b, severity, effect, "
            + "mechanism, action; a side may be class:NAME).",
            subcommands = {KnowledgeCommands.Export.class, KnowledgeCommands.Import.class})
    static final class KnowledgeCommands {
        @ParentCommand
        private FlagsCommand group;

        @Command(name = "export", description = {"Write the clinic's interactions CSV to FILE;",
                "with --graphml, the whole knowledge graph (ingredients, classes, conditions and their links) as GraphML."})
        static final class Export implements Callable<Integer> {
            @ParentCommand
            private KnowledgeCommands parent;

            @Spec
            private CommandSpec spec;

            @Option(names = "--graphml", description = "Write the knowledge graph as GraphML instead of the CSV.")
            private boolean graphml;

            @Parameters(paramLabel = "FILE")
            private Path file;

            @Override
            public Integer call() throws IOException {
                Path folder = file.toAbsolutePath().getParent();
                if (folder == null || !Files.isDirectory(folder)) {
                    throw new ValidationException("FILE", file + ": the folder " + folder + " does not exist");
                }
                String text;
                try (Session session = parent.group.root.signIn()) {
                    if (graphml) {
                        java.io.StringWriter out = new java.io.StringWriter();
                        session.services().flags().exportKnowledgeGraph(session.actor(), out);
                        text = out.toString();
                    } else {
                        text = session.services().flags().exportInteractions(session.actor());
                    }
                }
                try {
                    Files.writeString(file, text);
                } catch (IOException e) {
                    throw new ValidationException("FILE", file + " could not be written: " + e.getMessage());
                }
                Output.of(spec).line(file.toString());
                return ExitCode.OK;
            }
        }

        @Command(name = "import", description = "Replace the clinic's interactions with FILE after checking every row "
                + "(administrators); a file with any wrong row changes nothing. Prints how many it holds.")
        static final class Import implements Callable<Integer> {
            @ParentCommand
            private KnowledgeCommands parent;

            @Spec
            private CommandSpec spec;

            @Parameters(paramLabel = "FILE")
            private Path file;

            @Override
            public Integer call() {
                int count;
                try (Session session = parent.group.root.signIn()) {
                    count = session.services().flags().importInteractions(session.actor(), file);
                }
                Output.of(spec).line(count + " interactions");
                return ExitCode.OK;
            }
        }
    }
}
