package org.clinicdesk.app.gui.chart;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.clinicdesk.core.audit.ReadAccess;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.clinicdesk.app.gui.common.DialogService;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.app.gui.documents.DocumentImporter;
import org.clinicdesk.app.gui.documents.DocumentReviewView;
import org.clinicdesk.app.gui.documents.DocumentReviewViewModel;
import org.clinicdesk.app.gui.history.HistoryFormView;
import org.clinicdesk.app.gui.merge.MergeView;
import org.clinicdesk.app.gui.merge.MergeViewModel;
import org.clinicdesk.app.gui.history.HistoryFormViewModel;
import org.clinicdesk.app.gui.notes.NoteEditorView;
import org.clinicdesk.app.gui.notes.NoteEditorViewModel;
import org.clinicdesk.app.gui.vitals.VitalsFormView;
import org.clinicdesk.app.gui.vitals.VitalsFormViewModel;
import org.clinicdesk.core.chart.Chart;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.patient.Patient;

/**
 * Opens charts, vitals forms and note editors as closable tabs beside reception and the queue; one tab per patient
 * and purpose, brought forward when already open. A chart follows what its vitals form and note editor save.
 */
public final class ChartTabs implements ChartNavigator {
    private final TabPane tabs;
    private final Session session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;
    private final Consumer<Path> openDocument;
    private final DocumentImporter importer;
    private final java.util.Map<String, Consumer<Path>> documentViews = new java.util.HashMap<>();
    private final java.util.Map<String, ChartViewModel> chartModels = new java.util.HashMap<>();
    private org.clinicdesk.app.gui.print.PdfPrinting printing;

    public ChartTabs(TabPane tabs, Session session, TaskExecutor executor, DialogService dialogs, Clock clock,
                     Consumer<Path> openDocument) {
        this.tabs = tabs;
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
        this.openDocument = openDocument;
        this.importer = new DocumentImporter(session, FileLimits.DEFAULT, DateOrder.DAY_FIRST);
    }

    /** Print on every chart opened from now on goes through the system's print dialog. */
    public void enablePrinting(org.clinicdesk.app.gui.print.PdfPrinting printing) {
        this.printing = printing;
    }

    /** The OCR engine and importer every chart of this session shares (also the scan folder's). */
    public DocumentImporter importer() {
        return importer;
    }

    @Override
    public void openChart(Patient patient) {
        openChart(patient, ReadAccess.byRole());
    }

    /**
     * For a role that may not read charts: asks why this chart must be opened now, then opens it as an emergency
     * access (audited with the reason; administrators review it). Cancelling opens nothing.
     */
    public void openChartInEmergency(Patient patient) {
        dialogs.askText(Messages.get("chart.emergency.title", patient.name().full()), Messages.get("chart.emergency.prompt"))
                .map(String::strip).filter(reason -> !reason.isEmpty())
                .ifPresent(reason -> openChart(patient, ReadAccess.emergency(reason)));
    }

    private void openChart(Patient patient, ReadAccess access) {
        show("chartTab-" + patient.uhid().value(), Messages.get("chart.tab", patient.name().full()), () -> {
            ChartViewModel model = new ChartViewModel(session, executor, clock, patient.uhid().value(), access);
            HistoryFormViewModel history = new HistoryFormViewModel(session, executor, patient, e -> model.load());
            Node historyForm = history.mayAdd() ? new HistoryFormView(history).root() : new javafx.scene.layout.Pane();
            DocumentReviewViewModel documentsModel = new DocumentReviewViewModel(session, executor, importer, patient,
                    model::load);
            DocumentReviewView documents = new DocumentReviewView(documentsModel, clock.getZone());
            ChartView view = new ChartView(model, clock.getZone(),
                    () -> Optional.ofNullable(model.chartProperty().get()).ifPresent(c -> openNote(c, model::load)),
                    () -> recordVitals(patient), openDocument, historyForm, documents.root(),
                    other -> openMerge(model.shownUhid(), other, model::load));
            if (printing != null) {
                view.enablePrinting(printing);
            }
            documentViews.put(patient.uhid().value(), path -> {
                view.showDocuments();
                documents.importFile(path);
            });
            chartModels.put(patient.uhid().value(), model);
            model.load();
            return new Opened(view.root(), () -> {
                documentViews.remove(patient.uhid().value());
                chartModels.remove(patient.uhid().value());
            }, model::load);
        });
    }

    /**
     * The merge screen for a patient and a likely duplicate, side by side; once merged, {@code afterMerge} reloads
     * the chart it was opened from (which then shows both records).
     */
    public void openMerge(String uhid, String other, Runnable afterMerge) {
        show("mergeTab-" + uhid + "-" + other, Messages.get("merge.tab", uhid, other), () -> {
            MergeViewModel model = new MergeViewModel(session, executor, clock, uhid, other, kept -> afterMerge.run());
            model.load();
            return new Opened(new MergeView(model).root(), () -> { }, () -> { });
        });
    }

    /** For "call next": the patient's chart, and the note editor beside it once the chart has loaded. */
    public void openChartAndNote(Patient patient) {
        openChart(patient);
        ChartViewModel model = chartModels.get(patient.uhid().value());
        if (model == null || !session.actor().may(org.clinicdesk.core.users.Permission.WRITE_NOTES)) {
            return;
        }
        if (model.chartProperty().get() != null) {
            openNote(model.chartProperty().get(), model::load);
            return;
        }
        model.chartProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Chart> o, Chart old, Chart chart) {
                if (chart != null) {
                    model.chartProperty().removeListener(this);
                    openNote(chart, model::load);
                }
            }
        });
    }

    /** Opens the patient's chart on its Documents tab and reads the file there for review (the scan inbox). */
    public void importDocument(Patient patient, Path file) {
        openChart(patient);
        Optional.ofNullable(documentViews.get(patient.uhid().value())).ifPresent(d -> d.accept(file));
    }

    @Override
    public void recordVitals(Patient patient) {
        show("vitalsTab-" + patient.uhid().value(), Messages.get("vitals.tab", patient.name().full()), () -> {
            VitalsFormViewModel model = new VitalsFormViewModel(session, executor, patient,
                    v -> reloadChart(patient));
            return new Opened(new VitalsFormView(model).root(), () -> { }, () -> { });
        });
    }

    /** The editor for this doctor's open draft on the chart, or a new note pre-filled from the latest vitals. */
    public void openNote(Chart chart, Runnable onRecordChanged) {
        Patient patient = chart.patient();
        show("noteTab-" + patient.uhid().value(), Messages.get("note.tab", patient.name().full()), () -> {
            NoteEditorViewModel model = new NoteEditorViewModel(session, executor, dialogs, patient,
                    chart.draftBy(session.actor().username()), chart.latestVitals(), clock, onRecordChanged);
            model.afterSigning(() -> offerToComplete(patient));
            NoteEditorView view = new NoteEditorView(model);
            return new Opened(view.root(), view::close, () -> { });
        });
    }

    /** Signing the note of a patient in consultation offers to complete the visit. */
    private void offerToComplete(Patient patient) {
        if (!session.actor().may(org.clinicdesk.core.users.Permission.QUEUE_CONSULT)) {
            return;
        }
        org.clinicdesk.app.gui.common.BackgroundTask.wrap(() -> session.services().queue().board(session.actor()).stream()
                        .map(org.clinicdesk.core.queue.BoardRow::entry)
                        .filter(e -> e.patientId().equals(patient.id())
                                && e.status() == org.clinicdesk.core.queue.QueueStatus.IN_CONSULTATION)
                        .findFirst())
                .onSuccess(entry -> entry.ifPresent(e -> {
                    if (dialogs.confirm(Messages.get("note.completeVisit.title"), Messages.get("note.completeVisit.prompt",
                            patient.name().full(), e.token().value()))) {
                        org.clinicdesk.app.gui.common.BackgroundTask.wrap(() -> session.services().queue().move(
                                        session.actor(), e.token(), org.clinicdesk.core.queue.QueueStatus.COMPLETED, ""))
                                .onFailure(x -> dialogs.showError(Messages.get("note.completeVisit.title"),
                                        org.clinicdesk.app.gui.common.ErrorText.of(x)))
                                .executeWith(executor);
                    }
                }))
                .executeWith(executor);
    }

    /** On sign-out: every editor saves what was typed and stops its timer; the tabs go with the shell. */
    public void closeAll() {
        for (Tab t : List.copyOf(tabs.getTabs())) {
            if (t.getOnClosed() != null) {
                t.getOnClosed().handle(null);
            }
        }
        // An OCR still running on a worker finishes with its own engine copy; closing frees the native handles.
        Thread closer = new Thread(importer::close, "clinicdesk-ocr-close");
        closer.setDaemon(true);
        closer.start();
    }

    private void reloadChart(Patient patient) {
        tabs.getTabs().stream().filter(t -> ("chartTab-" + patient.uhid().value()).equals(t.getId())).findFirst()
                .ifPresent(t -> ((Runnable) t.getUserData()).run());
    }

    private void show(String id, String title, Supplier<Opened> open) {
        Optional<Tab> existing = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst();
        if (existing.isPresent()) {
            tabs.getSelectionModel().select(existing.get());
            return;
        }
        Opened opened = open.get();
        Tab tab = new Tab(title, opened.content());
        tab.setId(id);
        tab.setClosable(true);
        tab.setUserData(opened.reload());
        tab.setOnClosed(e -> opened.onClose().run());
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    private record Opened(Node content, Runnable onClose, Runnable reload) {
    }
}
