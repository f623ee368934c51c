package org.clinicdesk.app.gui.documents;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
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
import org.clinicdesk.core.documents.CancelSignal;
import org.clinicdesk.core.documents.Document;
import org.clinicdesk.core.documents.TextMatch;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.documents.PatientMismatch;
import org.clinicdesk.core.users.Permission;

/**
 * A patient's Documents tab: import a file (OCR in the background with progress and Cancel), review the page with its
 * words and the suggested facts, accept / edit / reject each, and add the accepted ones to the chart. Also lists the
 * patient's documents and searches the OCR text of every document.
 */
public final class DocumentReviewViewModel {
    private final Session session;
    private final TaskExecutor executor;
    private final DocumentImporter importer;
    private final Patient patient;
    private final Runnable onChartChanged;
    private final ObservableList<FactRow> facts = FXCollections.observableArrayList();
    private final ObservableList<Document> documents = FXCollections.observableArrayList();
    private final ObservableList<TextMatch> searchResults = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentImporter.Imported> imported = new SimpleObjectProperty<>();
    private final ObjectProperty<FactRow> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty searchText = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty reading = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final ObservableList<PatientMismatch> mismatches = FXCollections.observableArrayList();
    private final BooleanProperty otherPatientToConfirm = new SimpleBooleanProperty();
    private final StringProperty otherPatientReason = new SimpleStringProperty("");
    private boolean otherPatientConfirmed;
    private volatile CancelSignal cancel = new CancelSignal();

    public DocumentReviewViewModel(Session session, TaskExecutor executor, DocumentImporter importer, Patient patient,
                                   Runnable onChartChanged) {
        this.session = session;
        this.executor = executor;
        this.importer = importer;
        this.patient = patient;
        this.onChartChanged = onChartChanged;
    }

    public boolean mayImport() {
        return session.actor().may(Permission.ADD_DOCUMENTS);
    }

    public boolean mayAddToChart() {
        return session.actor().may(Permission.ADD_HISTORY);
    }

    public void loadDocuments() {
        BackgroundTask.wrap(() -> session.services().documents().forPatient(session.actor(), patient))
                .onSuccess(documents::setAll)
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    /** Stores the file for this patient and reads it; the suggestions replace whatever was under review. */
    public void importFile(Path file) {
        if (reading.get()) {
            message.set(Messages.get("documents.busy"));
            return;
        }
        CancelSignal signal = new CancelSignal();
        cancel = signal;
        progress.set(-1);
        message.set(Messages.get("documents.reading", file.getFileName().toString()));
        BackgroundTask.wrap(() -> importer.importFile(patient, file,
                        (done, total) -> Platform.runLater(() -> progress.set(total == 0 ? 1 : (double) done / total)),
                        signal))
                .showingProgressIn(reading)
                .onSuccess(this::show)
                .onFailure(e -> {
                    progress.set(0);
                    message.set(ErrorText.of(e));
                    loadDocuments();
                })
                .executeWith(executor);
    }

    /** Opens a stored document for review again (its file read afresh, every page). */
    public void reopen(Document document) {
        if (reading.get()) {
            message.set(Messages.get("documents.busy"));
            return;
        }
        CancelSignal signal = new CancelSignal();
        cancel = signal;
        progress.set(-1);
        message.set(Messages.get("documents.reading", document.fileName()));
        BackgroundTask.wrap(() -> importer.reopen(patient, document,
                        (done, total) -> Platform.runLater(() -> progress.set(total == 0 ? 1 : (double) done / total)),
                        signal))
                .showingProgressIn(reading)
                .onSuccess(this::show)
                .onFailure(e -> {
                    progress.set(0);
                    message.set(ErrorText.of(e));
                })
                .executeWith(executor);
    }

    public void cancel() {
        cancel.cancel();
        message.set(Messages.get("documents.cancelling"));
    }

    private void show(DocumentImporter.Imported result) {
        progress.set(1);
        imported.set(result);
        facts.setAll(result.suggestions().stream().map(FactRow::new).toList());
        mismatches.setAll(result.mismatches());
        otherPatientConfirmed = false;
        otherPatientToConfirm.set(false);
        otherPatientReason.set("");
        selected.set(facts.isEmpty() ? null : facts.get(0));
        message.set(Messages.get(facts.isEmpty() ? "documents.noFacts" : "documents.read",
                result.document().fileName(), facts.size()));
        loadDocuments();
    }

    public void accept(FactRow row) {
        if (!row.acceptAsRead()) {
            message.set(Messages.get("documents.checkFirst"));
        }
    }

    public void reject(FactRow row) {
        row.decisionProperty().set(FactRow.Decision.REJECTED);
    }

    /** The reviewer's correction of the summary; an edited fact counts as accepted. */
    public void edit(FactRow row, String summary) {
        row.acceptAsEdited(summary);
    }

    /** Accepted facts become history entries (with their FHIR resource); they leave the review list once added. */
    public void addAcceptedToChart() {
        DocumentImporter.Imported current = imported.get();
        List<FactRow> accepted = facts.stream().filter(r -> r.decision() == FactRow.Decision.ACCEPTED
                && r.suggestion().historyKind().isPresent()).toList();
        if (current == null || accepted.isEmpty()) {
            message.set(Messages.get("documents.nothingAccepted"));
            return;
        }
        if (!mismatches.isEmpty() && !otherPatientConfirmed) {
            // A paper naming someone else stays out of this chart until a person says why it belongs here.
            otherPatientToConfirm.set(true);
            message.set(Messages.get("documents.otherPatient", patient.name().full(), mismatchText()));
            return;
        }
        // The page's dates are kept unless rejected: they date the entries (and their FHIR resources).
        List<FactRow> dates = facts.stream().filter(r -> r.suggestion().historyKind().isEmpty()
                && r.decision() != FactRow.Decision.REJECTED).toList();
        List<ChartEntries.Accepted> chosen = java.util.stream.Stream.concat(dates.stream(), accepted.stream())
                .map(r -> new ChartEntries.Accepted(r.suggestion(), r.summaryProperty().get())).toList();
        BackgroundTask.wrap(() -> new ChartEntries(session).add(patient, current.document(), chosen))
                .showingProgressIn(saving)
                .onSuccess(entries -> {
                    facts.removeAll(accepted);
                    message.set(Messages.get("documents.added", entries.size()));
                    onChartChanged.run();
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    /** The reviewer confirms, with a reason (audited), that the document naming someone else belongs here; then adds. */
    public void confirmOtherPatient() {
        DocumentImporter.Imported current = imported.get();
        String reason = otherPatientReason.get();
        List<PatientMismatch> seen = List.copyOf(mismatches);
        BackgroundTask.wrap(() -> {
                    session.services().documents().confirmOtherPatient(session.actor(), current.document(), patient,
                            seen, reason);
                    return seen;
                })
                .onSuccess(done -> {
                    otherPatientConfirmed = true;
                    otherPatientToConfirm.set(false);
                    addAcceptedToChart();
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    private String mismatchText() {
        return mismatches.stream().map(PatientMismatch::toString).collect(java.util.stream.Collectors.joining("; "));
    }

    public ObservableList<PatientMismatch> mismatches() {
        return mismatches;
    }

    public BooleanProperty otherPatientToConfirmProperty() {
        return otherPatientToConfirm;
    }

    public StringProperty otherPatientReasonProperty() {
        return otherPatientReason;
    }

    /** Searches the OCR text of every document (audited by core). */
    public void search() {
        String query = searchText.get();
        BackgroundTask.wrap(() -> session.services().documents().search(session.actor(), query, 50))
                .onSuccess(hits -> {
                    searchResults.setAll(hits);
                    message.set(Messages.get("documents.searchHits", hits.size(), query.strip()));
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    public ObservableList<FactRow> facts() {
        return facts;
    }

    public ObservableList<Document> documents() {
        return documents;
    }

    public ObservableList<TextMatch> searchResults() {
        return searchResults;
    }

    public ObjectProperty<DocumentImporter.Imported> importedProperty() {
        return imported;
    }

    public ObjectProperty<FactRow> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty readingProperty() {
        return reading;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public Patient patient() {
        return patient;
    }
}
