package org.clinicdesk.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinicdesk.core.chart.Chart;
import org.clinicdesk.core.patient.DateOfBirthFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code patient show UHID [--emergency REASON] [--json]}: the chart through core's chart use case, so the role
 * check and the one audit event (CHART_OPENED, or EMERGENCY_ACCESS with the reason) are the window's.
 */
@Command(name = "show", description = "Open a patient's chart: vitals, notes, history and documents (audited).")
final class PatientShow implements Callable<Integer> {
    @ParentCommand
    private PatientCommands group;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "UHID")
    private String uhid;

    @Mixin
    private EmergencyOption emergency;

    @Option(names = "--json", description = "Print one JSON document: {patient, allergies, vitals, notes, history, documents, aliases}.")
    private boolean json;

    /** Fields of {@code patient show --json}. */
    record ChartView(PatientView patient, List<String> allergies, List<VitalsLine> vitals, List<NoteLine> notes,
                     List<HistoryLine> history, List<DocumentLine> documents, List<String> aliases) {
    }

    record VitalsLine(Instant takenAt, String takenBy, int news2, boolean redFlag) {
    }

    record NoteLine(String id, String status, String author, Instant createdAt, String assessment, int amendments) {
    }

    record HistoryLine(String kind, LocalDate date, String summary) {
    }

    record DocumentLine(String id, String file, String mediaType, int pages, Instant addedAt) {
    }

    @Override
    public Integer call() {
        ChartView view;
        DateOfBirthFormat format;
        LocalDate today;
        try (Session session = group.root.signIn()) {
            Chart chart = session.services().chart().open(session.actor(), uhid, emergency.access());
            today = session.today();
            format = DateOfBirthFormat.of(session.services().dateOrder());
            view = new ChartView(PatientView.of(chart.patient(), today), chart.patient().allergies(),
                    chart.vitals().stream().map(v -> new VitalsLine(v.takenAt(), v.takenBy(), v.news2().total(),
                            v.news2().redFlag())).toList(),
                    chart.notes().stream().map(n -> new NoteLine(n.note().id().toString(),
                            n.note().status().name(), n.note().author(), n.note().createdAt(),
                            n.note().content().text().assessment(), n.amendments().size())).toList(),
                    chart.history().stream().map(h -> new HistoryLine(h.kind().name(), h.date(), h.summary())).toList(),
                    chart.documents().stream().map(d -> new DocumentLine(d.id().toString(), d.fileName(),
                            d.mediaType().mime(), d.pageCount(), d.addedAt())).toList(),
                    chart.aliases().stream().map(a -> a.uhid().value()).toList());
        }
        Output out = Output.of(spec);
        String asked = org.clinicdesk.core.patient.Uhid.parse(uhid).value();
        if (!asked.equals(view.patient().uhid())) {
            out.note(asked + " is an alias of " + view.patient().uhid() + " (merged); this is " + view.patient().uhid()
                    + "'s chart.");
        }
        if (json) {
            out.json(view);
            return ExitCode.OK;
        }
        out.line(view.patient().line(format, today));
        if (!view.aliases().isEmpty()) {
            out.line("Aliases (merged duplicates): " + String.join(", ", view.aliases()));
        }
        out.line(view.allergies().isEmpty() ? "Allergies: none recorded" : "Allergies: " + String.join(", ", view.allergies()));
        view.vitals().forEach(v -> out.line("Vitals " + v.takenAt() + " by " + v.takenBy() + ": NEWS2 " + v.news2()
                + (v.redFlag() ? " (red flag)" : "")));
        view.notes().forEach(n -> out.line("Note " + n.id() + " " + n.status().toLowerCase(java.util.Locale.ROOT) + " by "
                + n.author() + " " + n.createdAt() + ": " + n.assessment()));
        view.history().forEach(h -> out.line("History " + h.date() + " " + h.kind().toLowerCase(java.util.Locale.ROOT)
                + ": " + h.summary()));
        view.documents().forEach(d -> out.line("Document " + d.id() + " " + d.file() + " (" + d.pages() + " pages)"));
        return ExitCode.OK;
    }
}
