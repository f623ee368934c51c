package org.clinicdesk.app.gui.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import javafx.application.Platform;
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
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.storage.documents.ScanInbox;

/**
 * The scan inbox: which folder the scanner writes to (kept in the data directory) and the scans that arrived, each
 * held until someone chooses the patient and assigns it: nothing goes into a chart by itself, since anyone can drop
 * a file on the scanner's share. Links and other refused entries are only reported. Importing opens the patient's
 * chart on its Documents tab, where the scan is read and reviewed.
 */
public final class ScanInboxViewModel implements AutoCloseable {
    static final String SETTINGS_FILE = "scan-folder.txt";
    private final Session session;
    private final TaskExecutor executor;
    private final BiConsumer<Patient, Path> importForPatient;
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty patientQuery = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty watching = new SimpleBooleanProperty();
    private final ObservableList<Patient> patients = FXCollections.observableArrayList();
    private final ObservableList<Path> inbox = FXCollections.observableArrayList();
    private final ObjectProperty<Patient> target = new SimpleObjectProperty<>();
    private ScanFolderWatcher watcher;

    public ScanInboxViewModel(Session session, TaskExecutor executor, BiConsumer<Patient, Path> importForPatient) {
        this.session = session;
        this.executor = executor;
        this.importForPatient = importForPatient;
        folder.set(readSetting());
    }

    /** Starts watching the folder typed in; remembers it for the next start. */
    public void watch() {
        stop();
        try {
            Path path = Path.of(folder.get().strip());
            watcher = ScanFolderWatcher.start(path, file -> Platform.runLater(() -> arrived(file)));
            writeSetting(path.toString());
            watching.set(true);
            message.set(Messages.get("scans.watching", path));
        } catch (RuntimeException e) {
            message.set(ErrorText.of(e));
        }
    }

    public void stop() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        watching.set(false);
    }

    private void arrived(ScanInbox.Entry entry) {
        if (entry.refusal().isPresent()) {
            message.set(Messages.get("scans.refused", entry.name(), entry.refusal().get()));
            return;
        }
        inbox.add(entry.file());
        message.set(Messages.get("scans.held", entry.name()));
    }

    /** Imports a held scan for the chosen patient. */
    public void assign(Path file) {
        Patient patient = target.get();
        if (patient == null) {
            message.set(Messages.get("scans.choosePatient"));
            return;
        }
        inbox.remove(file);
        importFor(patient, file);
    }

    private void importFor(Patient patient, Path file) {
        message.set(Messages.get("scans.imported", file.getFileName(), patient.name().full()));
        importForPatient.accept(patient, file);
    }

    public void findPatients() {
        String q = patientQuery.get();
        BackgroundTask.wrap(() -> session.services().patients().find(session.actor(), q))
                .onSuccess(patients::setAll)
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    private String readSetting() {
        Path file = session.store().dataDir().resolve(SETTINGS_FILE);
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private void writeSetting(String value) {
        try {
            Files.writeString(session.store().dataDir().resolve(SETTINGS_FILE), value + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            message.set(Messages.get("scans.notRemembered", e.getMessage()));
        }
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty patientQueryProperty() {
        return patientQuery;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty watchingProperty() {
        return watching;
    }

    public ObservableList<Patient> patients() {
        return patients;
    }

    public ObservableList<Path> inbox() {
        return inbox;
    }

    public ObjectProperty<Patient> targetProperty() {
        return target;
    }

    @Override
    public void close() {
        stop();
    }
}
