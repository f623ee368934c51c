package org.clinicdesk.app.gui.reception;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
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
import org.clinicdesk.core.patient.DateOfBirthFormat;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.users.Permission;

/**
 * Reception: search as you type by name, UHID or phone; register, edit, and put the selected patient in the queue.
 * Each keystroke starts a search; only the newest one's results are shown, so a slow search never overwrites a
 * later one.
 */
public final class ReceptionViewModel {
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<PatientRow> results = FXCollections.observableArrayList();
    private final ObjectProperty<PatientRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>(Priority.NORMAL);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty searching = new SimpleBooleanProperty();
    private final LongProperty searchesShown = new SimpleLongProperty();
    private final ReadOnlyBooleanWrapper mayRegister = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper mayEdit = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper mayQueue = new ReadOnlyBooleanWrapper();
    private final Session session;
    private final TaskExecutor executor;
    private long generation;
    private String noMatch = "";

    public ReceptionViewModel(Session session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        mayRegister.set(session.actor().may(Permission.REGISTER_PATIENT));
        mayEdit.set(session.actor().may(Permission.EDIT_PATIENT));
        mayQueue.set(session.actor().may(Permission.QUEUE_ADD));
        query.addListener((obs, old, text) -> search());
    }

    public void search() {
        long mine = ++generation;
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty()) {
            results.clear();
            searching.set(false);
            return;
        }
        LocalDate today = LocalDate.now();
        DateOfBirthFormat format = DateOfBirthFormat.of(session.services().dateOrder());
        searching.set(true);
        BackgroundTask.wrap(() -> session.services().patients().find(session.actor(), text).stream()
                        .map(p -> PatientRow.of(p, format, today)).toList())
                .onSuccess(rows -> show(mine, rows))
                .onFailure(e -> {
                    if (mine == generation) {
                        searching.set(false);
                        message.set(ErrorText.of(e));
                    }
                })
                .executeWith(executor);
    }

    private void show(long mine, List<PatientRow> rows) {
        if (mine != generation) {
            return;
        }
        searching.set(false);
        results.setAll(rows);
        if (rows.isEmpty()) {
            noMatch = Messages.get("reception.noMatch", query.get().strip());
            message.set(noMatch);
        } else if (message.get().equals(noMatch)) {
            message.set("");
        }
        searchesShown.set(searchesShown.get() + 1);
    }

    /** Shows a patient just registered or edited, selected, as if found by UHID. */
    public void showPatient(Patient patient) {
        query.set(patient.uhid().value());
    }

    public Optional<Patient> selectedPatient() {
        return Optional.ofNullable(selected.get()).map(PatientRow::patient);
    }

    /** Queues the selected patient once however often it is asked while queueing; the priority box goes back to normal. */
    public void addSelectedToQueue() {
        if (queueing.get()) {
            return;
        }
        Optional<Patient> patient = selectedPatient();
        if (patient.isEmpty() || !mayQueue.get()) {
            message.set(Messages.get("reception.selectFirst"));
            return;
        }
        Priority chosen = priority.get();
        BackgroundTask.wrap(() -> session.services().queue().add(session.actor(), patient.get(), chosen))
                .showingProgressIn(queueing)
                .onSuccess(entry -> {
                    priority.set(Priority.NORMAL);
                    lastToken.set(entry.token().value());
                    message.set(Messages.get("reception.queued", patient.get().name().full(),
                            entry.token().value(), chosen.label()));
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    public BooleanProperty queueingProperty() {
        return queueing;
    }

    private final StringProperty lastToken = new SimpleStringProperty("");
    private final BooleanProperty printing = new SimpleBooleanProperty();

    /** The token this desk handed out last ("A-014"); empty until a patient is queued here. */
    public StringProperty lastTokenProperty() {
        return lastToken;
    }

    public BooleanProperty printingProperty() {
        return printing;
    }

    /** The selected patient's registration card (audited when made). */
    public Optional<org.clinicdesk.app.gui.print.PdfPrinting.Printable> card() {
        return selectedPatient().map(p -> new org.clinicdesk.app.gui.print.PdfPrinting.Printable(
                Messages.get("print.cardTitle"), "card-" + p.uhid().value() + ".pdf",
                () -> new org.clinicdesk.app.print.Printables(session.services())
                        .registrationCard(session.actor(), p.uhid().value(),
                                session.services().store().context().today())));
    }

    /** The slip of the token queued last at this desk (audited when made). */
    public Optional<org.clinicdesk.app.gui.print.PdfPrinting.Printable> tokenSlip() {
        String token = lastToken.get();
        if (token == null || token.isEmpty()) {
            message.set(Messages.get("print.nothingQueued"));
            return Optional.empty();
        }
        return Optional.of(new org.clinicdesk.app.gui.print.PdfPrinting.Printable(Messages.get("print.tokenTitle"),
                "token-" + token + ".pdf", () -> new org.clinicdesk.app.print.Printables(session.services())
                        .tokenSlip(session.actor(), token, java.time.ZoneId.systemDefault())));
    }

    private final BooleanProperty queueing = new javafx.beans.property.SimpleBooleanProperty();

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<PatientRow> results() {
        return results;
    }

    public ObjectProperty<PatientRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Priority> priorityProperty() {
        return priority;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty searchingProperty() {
        return searching;
    }

    /** Counts result sets put on screen; the search benchmark waits on it. */
    public LongProperty searchesShownProperty() {
        return searchesShown;
    }

    public ReadOnlyBooleanProperty mayRegisterProperty() {
        return mayRegister.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayEditProperty() {
        return mayEdit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayQueueProperty() {
        return mayQueue.getReadOnlyProperty();
    }

    public Session session() {
        return session;
    }
}
