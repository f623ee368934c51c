package org.clinicdesk.app.gui.history;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.history.HistoryKind;
import org.clinicdesk.core.history.LabResult;
import org.clinicdesk.core.history.LabResultParser;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.users.Permission;

/**
 * A past record typed by hand: an old prescription, diagnosis, visit or lab result. A lab line is read by
 * {@link LabResultParser}, which refuses what it would have to guess (a day/month-ambiguous date, a contradicting flag).
 */
public final class HistoryFormViewModel {
    private final ObjectProperty<HistoryKind> kind = new SimpleObjectProperty<>(HistoryKind.LAB_RESULT);
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty dateError = new SimpleStringProperty("");
    private final StringProperty textError = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final Session session;
    private final TaskExecutor executor;
    private final Patient patient;
    private final Consumer<HistoryEntry> onAdded;

    public HistoryFormViewModel(Session session, TaskExecutor executor, Patient patient,
                                Consumer<HistoryEntry> onAdded) {
        this.session = session;
        this.executor = executor;
        this.patient = patient;
        this.onAdded = onAdded;
    }

    public boolean mayAdd() {
        return session.actor().may(Permission.ADD_HISTORY);
    }

    public void add() {
        dateError.set("");
        textError.set("");
        message.set("");
        LocalDate typedDate;
        try {
            typedDate = date.get().isBlank() ? null : LocalDate.parse(date.get().strip());
        } catch (DateTimeParseException e) {
            dateError.set(Messages.get("history.dateFormat", date.get().strip()));
            return;
        }
        String summary = text.get().strip();
        String details = "";
        LocalDate when = typedDate;
        if (kind.get() == HistoryKind.LAB_RESULT && !summary.isEmpty()) {
            try {
                LabResult lab = LabResultParser.parse(summary);
                details = summary;
                summary = lab.summary();
                when = typedDate != null ? typedDate : lab.date().orElse(null);
            } catch (ValidationException e) {
                textError.set(Messages.get("form.fieldError", e.field(), e.reason()));
                return;
            }
        }
        String finalSummary = summary;
        String finalDetails = details;
        LocalDate finalDate = when;
        HistoryKind finalKind = kind.get();
        BackgroundTask.wrap(() -> session.services().history().add(session.actor(), patient, finalKind, finalDate,
                        finalSummary, finalDetails, "typed"))
                .showingProgressIn(saving)
                .onSuccess(entry -> {
                    text.set("");
                    date.set("");
                    message.set(Messages.get("history.added", entry.summary()));
                    onAdded.accept(entry);
                })
                .onFailure(e -> {
                    if (e instanceof ValidationException v && v.field().equals("date")) {
                        dateError.set(v.reason());
                    } else if (e instanceof ValidationException v) {
                        textError.set(Messages.get("form.fieldError", v.field(), v.reason()));
                    } else {
                        message.set(ErrorText.of(e));
                    }
                })
                .executeWith(executor);
    }

    public ObjectProperty<HistoryKind> kindProperty() {
        return kind;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty dateErrorProperty() {
        return dateError;
    }

    public StringProperty textErrorProperty() {
        return textError;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }
}
