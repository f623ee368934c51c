package org.clinicdesk.app.gui.settings;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import org.clinicdesk.core.site.DoctorDetails;
import org.clinicdesk.core.users.Permission;

/**
 * What prescriptions and visit summaries print about a doctor: full name, qualification, registration number. A
 * doctor edits their own, an administrator anyone's who signs notes; checked before anything is written, saved
 * (audited as the CLI's {@code user set} is) off the FX thread.
 */
public final class DoctorDetailsViewModel {
    private final Session session;
    private final TaskExecutor executor;
    private final ObservableList<String> doctors = FXCollections.observableArrayList();
    private final ObjectProperty<String> doctor = new SimpleObjectProperty<>();
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty qualification = new SimpleStringProperty("");
    private final StringProperty registration = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public DoctorDetailsViewModel(Session session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        doctor.addListener((o, old, now) -> {
            if (now != null) {
                loadDetails(now);
            }
        });
    }

    /** Whether this person may edit anyone's details (an administrator) or only their own (a doctor). */
    public static boolean mayEdit(Session session) {
        return session.actor().may(Permission.ADMINISTER_STORE) || session.actor().may(Permission.SIGN_NOTES);
    }

    /** The doctors this person may edit: an administrator every user who signs notes, a doctor themselves. */
    public void load() {
        var actor = session.actor();
        BackgroundTask.wrap(() -> {
                    if (!actor.may(Permission.ADMINISTER_STORE)) {
                        return List.of(actor.username());
                    }
                    return session.services().users().all(actor).stream()
                            .filter(u -> u.role().may(Permission.SIGN_NOTES)).map(u -> u.username()).toList();
                })
                .showingProgressIn(busy)
                .onSuccess(names -> {
                    doctors.setAll(names);
                    doctor.set(names.contains(actor.username()) ? actor.username()
                            : names.isEmpty() ? null : names.get(0));
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    private void loadDetails(String username) {
        BackgroundTask.wrap(() -> session.services().settings().doctorDetails(username))
                .onSuccess(details -> show(username, details))
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    private void show(String username, Optional<DoctorDetails> details) {
        if (!username.equals(doctor.get())) {
            return; // another doctor was chosen meanwhile
        }
        fullName.set(details.map(DoctorDetails::fullName).orElse(""));
        qualification.set(details.map(DoctorDetails::qualification).orElse(""));
        registration.set(details.map(DoctorDetails::registration).orElse(""));
        message.set(details.isPresent() ? "" : Messages.get("doctorDetails.notSet"));
    }

    /** All three details are checked first (the error names the field); then saved in one audited transaction. */
    public void save() {
        String username = doctor.get();
        if (username == null) {
            message.set(Messages.get("doctorDetails.noDoctor"));
            return;
        }
        DoctorDetails details;
        try {
            details = new DoctorDetails(fullName.get(), qualification.get(), registration.get());
        } catch (RuntimeException e) {
            message.set(ErrorText.of(e));
            return;
        }
        var actor = session.actor();
        BackgroundTask.wrap(() -> session.services().settings().setDoctorDetails(actor, username, details))
                .showingProgressIn(busy)
                .onSuccess(saved -> {
                    show(username, Optional.of(saved));
                    message.set(Messages.get("doctorDetails.saved", username));
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    public ObservableList<String> doctors() {
        return doctors;
    }

    public ObjectProperty<String> doctorProperty() {
        return doctor;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty qualificationProperty() {
        return qualification;
    }

    public StringProperty registrationProperty() {
        return registration;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
