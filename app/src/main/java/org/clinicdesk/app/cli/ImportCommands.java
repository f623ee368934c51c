package org.clinicdesk.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clinicdesk.core.fhir.FhirImportService;
import org.clinicdesk.core.imports.ImportProgress;
import org.clinicdesk.core.imports.ImportReport;
import org.clinicdesk.core.imports.ImportReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import fhir} and {@code import legacy-json}: records from another system into the store, with one
 * verification report for both.
 */
@Command(name = "import", description = "Records from another system.",
        subcommands = {ImportCommands.Fhir.class, ImportCommands.LegacyJson.class})
final class ImportCommands {
    @ParentCommand
    private ClinicDeskCommand root;

    /** What both import verbs share: the sign-in, {@code --dry-run}, {@code --json} and the report. */
    abstract static class ImportVerb implements Callable<Integer> {
        @ParentCommand
        private ImportCommands group;

        @Spec
        private CommandSpec spec;

        @Option(names = "--dry-run", description = "Do everything and report, then write nothing.")
        private boolean dryRun;

        @Option(names = "--json", description = "Print the report as one JSON document.")
        private boolean json;

        abstract ImportReport importWith(Session session, FhirImportService.Mode mode, ImportProgress progress);

        @Override
        public Integer call() {
            ImportReport report;
            Output out = Output.of(spec);
            try (Session session = group.root.signIn()) {
                report = importWith(session, dryRun ? FhirImportService.Mode.DRY_RUN : FhirImportService.Mode.STORE,
                        committed(out));
            }
            return shown(out, report, json);
        }
    }

    /**
     * Says on stderr as each file's transaction commits, so that whoever watches a long import (or a script that is
     * stopped half way) knows which files are stored for good.
     */
    static ImportProgress committed(Output out) {
        return new ImportProgress() {
            @Override
            public void fileDone(int index, int total, ImportReport.FileOutcome outcome) {
                if (outcome.status() == ImportReport.FileStatus.IMPORTED) {
                    out.note("Imported and saved " + (index + 1) + " of " + total + ": " + outcome.file());
                }
            }
        };
    }

    /**
     * {@code import fhir FILE|DIR [--dry-run] [--json]}: FHIR R4 bundles (.json) and bulk NDJSON (.ndjson), each file
     * in one transaction. Exit 0 when every file imported and every imported patient's chart opens; 2 when a file
     * was refused (the others still import); 7 when a chart does not open.
     */
    @Command(name = "fhir", description = "Import FHIR R4 bundles (.json) or bulk NDJSON (.ndjson) from a file or folder.")
    static final class Fhir extends ImportVerb {
        @Parameters(paramLabel = "FILE|DIR")
        private Path path;

        @Override
        ImportReport importWith(Session session, FhirImportService.Mode mode, ImportProgress progress) {
            return session.services().fhirImport().importPath(session.actor(), path.toAbsolutePath(), mode, progress);
        }
    }

    /**
     * {@code import legacy-json DIR [--dry-run] [--json]}: the previous queue system's export (patients.json,
     * queue.json, notes.json, history.json), each file in one transaction. Malformed records and orphans are skipped
     * and listed with their JSON pointer (exit 2); importing the same export again stores nothing.
     */
    @Command(name = "legacy-json", description = "Import the previous queue system's JSON export (a folder with "
            + "patients.json, queue.json, notes.json, history.json).")
    static final class LegacyJson extends ImportVerb {
        @Parameters(paramLabel = "DIR", description = "The export's folder (or one of its four files).")
        private Path path;

        @Override
        ImportReport importWith(Session session, FhirImportService.Mode mode, ImportProgress progress) {
            return session.services().legacyImport().importExport(session.actor(), path.toAbsolutePath().normalize(),
                    mode, progress);
        }
    }

    /** The {@code --json} document: the report with its totals. */
    record Printed(boolean dryRun, boolean ok, Map<String, ImportReport.TypeCount> totals,
                   List<ImportReport.FileOutcome> files, List<ImportReport.ChartCheck> charts) {
    }

    /**
     * Prints the report (text or {@code --json}), each refused file and skipped record on stderr, and gives the exit
     * code: 2 when a file was refused or a record skipped, 7 when a chart does not open, else 0.
     */
    static int shown(Output out, ImportReport report, boolean json) {
        if (json) {
            out.json(new Printed(report.dryRun(), report.allImported(), report.totals(), report.files(), report.charts()));
        } else {
            ImportReportText.lines(report).forEach(out::line);
        }
        boolean skipped = false;
        for (ImportReport.FileOutcome f : report.files()) {
            if (f.status() != ImportReport.FileStatus.IMPORTED) {
                out.note("Not imported: " + f.error());
            }
            for (ImportReport.NotStored n : f.notStored()) {
                if (n.reason().startsWith("skipped: ")) {
                    skipped = true;
                    out.note("Skipped: " + f.file() + " " + n.reason().substring("skipped: ".length()));
                }
            }
        }
        if (skipped || report.files().stream().anyMatch(f -> f.status() != ImportReport.FileStatus.IMPORTED)) {
            return ExitCode.INVALID_INPUT;
        }
        return report.allImported() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
