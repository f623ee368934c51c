package org.clinicdesk.app.gui.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
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
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditQuery;

/**
 * The administrators' Audit log: filters (patient UHID, user, action, day), the matching events newest first, the
 * emergency accesses to review, and a CSV export. The list loads and the file is written off the FX thread.
 */
public final class AuditLogViewModel {
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final StringProperty patient = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty action = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Session session;
    private final TaskExecutor executor;
    private final ZoneId zone;

    public AuditLogViewModel(Session session, TaskExecutor executor, ZoneId zone) {
        this.session = session;
        this.executor = executor;
        this.zone = zone;
    }

    /** The actions offered in the filter, the empty choice (any action) first. */
    public static List<String> actionChoices() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(""),
                java.util.Arrays.stream(AuditAction.values()).map(Enum::name).sorted()).toList();
    }

    public void search() {
        AuditQuery query = new AuditQuery(Optional.of(patient.get()), Optional.of(user.get()),
                Optional.of(action.get()), Optional.ofNullable(day.get()));
        BackgroundTask.wrap(() -> session.services().audit().list(session.actor(), query, zone).stream()
                        .map(e -> AuditRow.of(e, zone)).toList())
                .showingProgressIn(busy)
                .onSuccess(found -> {
                    rows.setAll(found);
                    message.set(Messages.get("audit.found", found.size()));
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    /** The review list: every emergency access, whoever and whenever. */
    public void showEmergencies() {
        patient.set("");
        user.set("");
        day.set(null);
        action.set(AuditAction.EMERGENCY_ACCESS.name());
        search();
    }

    /** Writes the rows on screen to the file the administrator chose. */
    public void exportCsv(Path file) {
        List<AuditRow> shown = List.copyOf(rows);
        BackgroundTask.wrap(() -> {
                    AuditCsv.write(file, shown);
                    return file;
                })
                .showingProgressIn(busy)
                .onSuccess(saved -> message.set(Messages.get("audit.exported", shown.size(), saved)))
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    public String suggestedFileName() {
        return Messages.get("audit.fileName", LocalDate.now(zone));
    }

    public ObservableList<AuditRow> rows() {
        return rows;
    }

    public StringProperty patientProperty() {
        return patient;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty actionProperty() {
        return action;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
