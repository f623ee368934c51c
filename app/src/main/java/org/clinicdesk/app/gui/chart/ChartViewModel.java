package org.clinicdesk.app.gui.chart;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.app.gui.print.PdfPrinting;
import org.clinicdesk.app.summary.PrintedSummary;
import org.clinicdesk.app.summary.VisitSummaryPdf;
import org.clinicdesk.core.audit.ReadAccess;
import org.clinicdesk.core.chart.Chart;
import org.clinicdesk.core.chart.ChartNote;
import org.clinicdesk.core.patient.DateOfBirthFormat;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.users.Permission;
import org.clinicdesk.app.fhir.FhirFiles;
import org.clinicdesk.core.vitals.Vitals;

/**
 * A patient's chart: header, timeline, notes with every version, vitals for the trend charts, and the visit summary
 * PDF of a signed note. Opening it goes through core's chart use case, which checks the role and audits the read.
 */
public final class ChartViewModel {
    private final ObjectProperty<Chart> chart = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");
    private final StringProperty allergies = new SimpleStringProperty("");
    private final StringProperty news2 = new SimpleStringProperty("");
    private final ObservableList<TimelineItem> timeline = FXCollections.observableArrayList();
    private final ObservableList<ChartNote> notes = FXCollections.observableArrayList();
    private final ObservableList<Vitals> vitals = FXCollections.observableArrayList();
    private final ObservableList<TimelineItem> history = FXCollections.observableArrayList();
    private final ObservableList<String> flags = FXCollections.observableArrayList();
    private final ObservableList<String> duplicates = FXCollections.observableArrayList();
    private final ObjectProperty<ChartNote> selectedNote = new SimpleObjectProperty<>();
    private final StringProperty noteText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty printing = new SimpleBooleanProperty();
    private final Session session;
    private final TaskExecutor executor;
    private final Clock clock;
    private final String uhid;
    private final ReadAccess access;

    public ChartViewModel(Session session, TaskExecutor executor, Clock clock, String uhid) {
        this(session, executor, clock, uhid, ReadAccess.byRole());
    }

    /** A chart opened on the given grounds: every load is one audited read (an emergency one names its reason). */
    public ChartViewModel(Session session, TaskExecutor executor, Clock clock, String uhid, ReadAccess access) {
        this.access = access;
        this.session = session;
        this.executor = executor;
        this.clock = clock;
        this.uhid = uhid;
        selectedNote.addListener((o, old, n) -> noteText.set(n == null ? "" : ChartText.versions(n, zone())));
    }

    public void load() {
        BackgroundTask.wrap(() -> session.services().chart().open(session.actor(), uhid, access))
                .showingProgressIn(loading)
                .onSuccess(c -> {
                    show(c);
                    loadFlags();
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    /** The Flags tab: each flag with its state and the path that raised it (found off the FX thread). */
    private void loadFlags() {
        BackgroundTask.wrap(() -> session.services().flags().forPatient(session.actor(), uhid))
                .onSuccess(found -> {
                    flags.setAll(ChartText.flags(found));
                    duplicates.setAll(found.flags().stream()
                            .map(org.clinicdesk.core.flags.DuplicatePatients::otherUhid)
                            .flatMap(Optional::stream).distinct().toList());
                })
                .onFailure(e -> flags.setAll(ErrorText.of(e)))
                .executeWith(executor);
    }

    public ObservableList<String> flags() {
        return flags;
    }

    /** The UHIDs this patient's duplicate-patient flags name: each gets a Merge... action for roles that may merge. */
    public ObservableList<String> duplicates() {
        return duplicates;
    }

    public boolean mayMerge() {
        return session.actor().may(Permission.MERGE_PATIENTS);
    }

    /** The UHID the chart shows (the kept patient's when it was opened by an alias), else the one it was opened by. */
    public String shownUhid() {
        return chart.get() == null ? uhid : chart.get().patient().uhid().value();
    }

    private void show(Chart c) {
        Patient p = c.patient();
        LocalDate today = LocalDate.now(clock);
        name.set(p.name().full());
        String born = DateOfBirthFormat.of(session.services().dateOrder()).format(p.dateOfBirth(), today);
        String sex = Messages.get("form.sex." + p.sex().name());
        details.set(c.aliases().isEmpty()
                ? Messages.get("chart.details", p.ageLabel(today), sex, born, p.uhid().value())
                : Messages.get("chart.detailsWithAliases", p.ageLabel(today), sex, born, p.uhid().value(),
                        String.join(", ", c.aliases().stream().map(a -> a.uhid().value()).toList())));
        allergies.set(Messages.get("chart.allergies", org.clinicdesk.core.patient.Allergies.describe(p.allergies())));
        news2.set(c.latestVitals().map(v -> Messages.get(v.news2().redFlag() ? "chart.news2RedFlag" : "chart.news2",
                v.news2().total(), v.news2().response().description())).orElse(Messages.get("chart.noVitals")));
        timeline.setAll(ChartText.timeline(c, zone()));
        vitals.setAll(c.vitals());
        history.setAll(ChartText.history(c, zone()));
        String keep = selectedNote.get() == null ? null : selectedNote.get().note().id().toString();
        notes.setAll(c.notes());
        selectedNote.set(notes.stream().filter(n -> n.note().id().toString().equals(keep)).findFirst()
                .orElse(notes.isEmpty() ? null : notes.get(0)));
        chart.set(c);
    }

    /** The note a printed summary is made of: the selected one if signed, else the newest signed note. */
    public Optional<ChartNote> printableNote() {
        ChartNote selected = selectedNote.get();
        if (selected != null && selected.note().isSigned()) {
            return Optional.of(selected);
        }
        return notes.stream().filter(n -> n.note().isSigned()).findFirst();
    }

    /**
     * The visit summary of {@link #printableNote()} for the system's print dialog: the PDF is made (audited as a
     * summary export, as saving is) when printing starts, off the FX thread. Empty, with a message, when no note is
     * signed yet.
     */
    public Optional<PdfPrinting.Printable> summaryPrintable() {
        Optional<ChartNote> note = printableNote();
        if (note.isEmpty() || chart.get() == null) {
            message.set(Messages.get("chart.nothingToPrint"));
            return Optional.empty();
        }
        var id = note.get().note().id();
        var actor = session.actor();
        LocalDate today = LocalDate.now(clock);
        return Optional.of(new PdfPrinting.Printable(Messages.get("chart.summaryTitle"), suggestedFileName(),
                () -> session.services().chart().exportSummary(actor, id, (c, printed) -> new VisitSummaryPdf()
                        .render(PrintedSummary.of(session.services(), actor, session.site(), c, printed, today,
                                zone())))));
    }

    /** Writes the visit summary PDF off the FX thread, then hands the file on (e.g. to the desktop's viewer). */
    public void saveSummary(Path file, Consumer<Path> then) {
        Optional<ChartNote> note = printableNote();
        Chart c = chart.get();
        if (note.isEmpty() || c == null) {
            message.set(Messages.get("chart.nothingToPrint"));
            return;
        }
        BackgroundTask.wrap(() -> session.services().chart().exportSummary(session.actor(), note.get().note().id(),
                        (chart, printed) -> {
                            new VisitSummaryPdf().write(PrintedSummary.of(session.services(), session.actor(),
                                    session.site(), chart, printed, LocalDate.now(clock), zone()), file);
                            return file;
                        }))
                .showingProgressIn(printing)
                .onSuccess(saved -> {
                    message.set(Messages.get("chart.summarySaved", saved));
                    then.accept(saved);
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    /** Exports this patient as a FHIR R4 collection Bundle off the FX thread, checked before it is kept. */
    public void exportFhir(Path file) {
        BackgroundTask.wrap(() -> {
                    var bundle = session.services().fhirExport().export(session.actor(), java.util.List.of(uhid));
                    FhirFiles.writeBundle(bundle, file);
                    return file;
                })
                .showingProgressIn(printing)
                .onSuccess(saved -> message.set(Messages.get("chart.exported", saved)))
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    public boolean mayExport() {
        return session.actor().may(Permission.EXPORT_RECORDS);
    }

    public String suggestedExportName() {
        return uhid + "-fhir.json";
    }

    public String suggestedFileName() {
        return Messages.get("chart.summaryFile", uhid, LocalDate.now(clock));
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    public boolean mayRecordVitals() {
        return session.actor().may(Permission.RECORD_VITALS);
    }

    public boolean mayWriteNotes() {
        return session.actor().may(Permission.WRITE_NOTES);
    }

    public String uhid() {
        return uhid;
    }

    public ObjectProperty<Chart> chartProperty() {
        return chart;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty detailsProperty() {
        return details;
    }

    public StringProperty allergiesProperty() {
        return allergies;
    }

    public StringProperty news2Property() {
        return news2;
    }

    public ObservableList<TimelineItem> timeline() {
        return timeline;
    }

    public ObservableList<ChartNote> notes() {
        return notes;
    }

    /** The past records typed in or imported, newest first. */
    public ObservableList<TimelineItem> history() {
        return history;
    }

    public ObservableList<Vitals> vitals() {
        return vitals;
    }

    public List<String> noteTitles() {
        return notes.stream().map(n -> ChartText.noteTitle(n, zone())).toList();
    }

    public String noteTitle(ChartNote n) {
        return ChartText.noteTitle(n, zone());
    }

    public ObjectProperty<ChartNote> selectedNoteProperty() {
        return selectedNote;
    }

    public StringProperty noteTextProperty() {
        return noteText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty printingProperty() {
        return printing;
    }
}
