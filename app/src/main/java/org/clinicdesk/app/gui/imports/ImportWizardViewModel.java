package org.clinicdesk.app.gui.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.core.fhir.FhirImportService.Mode;
import org.clinicdesk.core.imports.ImportProgress;
import org.clinicdesk.core.imports.ImportReport;
import org.clinicdesk.core.imports.ImportReportText;

/**
 * The administrator's import wizard: a file or folder and its kind, a dry run first (the import is offered only
 * after a dry run of the same choice), then the import with progress and Cancel (which rolls back the file being
 * imported), and the verification report. The work runs off the FX thread; progress comes back through
 * {@code fxThread}.
 */
public final class ImportWizardViewModel {
    private final Session session;
    private final TaskExecutor executor;
    private final Executor fxThread;
    private final StringProperty path = new SimpleStringProperty("");
    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>(ImportKind.LEGACY_JSON);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty report = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper mayImport = new ReadOnlyBooleanWrapper();
    private volatile AtomicBoolean cancel = new AtomicBoolean();
    /** The choice the last successful dry run was made for: the import is offered for that choice only. */
    private String dryRunFor = "";

    public ImportWizardViewModel(Session session, TaskExecutor executor, Executor fxThread) {
        this.session = session;
        this.executor = executor;
        this.fxThread = fxThread;
        path.addListener((o, old, now) -> mayImport.set(choice().equals(dryRunFor)));
        kind.addListener((o, old, now) -> mayImport.set(choice().equals(dryRunFor)));
    }

    public void dryRun() {
        run(Mode.DRY_RUN);
    }

    public void importNow() {
        if (!mayImport.get()) {
            message.set(Messages.get("import.dryRunFirst"));
            return;
        }
        run(Mode.STORE);
    }

    /** Asks the running import to stop: the file it is importing is rolled back, later files are not read. */
    public void cancel() {
        cancel.set(true);
        message.set(Messages.get("import.cancelling"));
    }

    private void run(Mode mode) {
        String text = path.get() == null ? "" : path.get().strip();
        if (text.isEmpty() || !Files.exists(Path.of(text))) {
            message.set(Messages.get("import.noSuchPath", text));
            return;
        }
        Path target = Path.of(text).toAbsolutePath().normalize();
        ImportKind chosen = kind.get();
        String choiceNow = choice();
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        progress.set(0);
        report.set("");
        message.set(Messages.get(mode == Mode.DRY_RUN ? "import.dryRunning" : "import.importing"));
        ImportProgress shown = progressFor(stop);
        BackgroundTask.wrap(() -> chosen == ImportKind.FHIR
                        ? session.services().fhirImport().importPath(session.actor(), target, mode, shown)
                        : session.services().legacyImport().importExport(session.actor(), target, mode, shown))
                .showingProgressIn(busy)
                .onSuccess(done -> finished(done, mode, choiceNow))
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    private void finished(ImportReport done, Mode mode, String choiceNow) {
        report.set(String.join("\n", ImportReportText.lines(done)));
        progress.set(1);
        if (mode == Mode.DRY_RUN && !done.cancelled()) {
            dryRunFor = choiceNow;
        }
        mayImport.set(mode == Mode.DRY_RUN && choice().equals(dryRunFor));
        message.set(Messages.get(done.cancelled() ? "import.cancelled"
                : mode == Mode.DRY_RUN ? "import.dryRunDone" : "import.done"));
    }

    /** Progress from the importing thread, handed to the FX thread; the cancel flag is read where the work is. */
    private ImportProgress progressFor(AtomicBoolean stop) {
        return new ImportProgress() {
            private volatile int file;
            private volatile int files = 1;
            private volatile String name = "";
            private volatile int shownPercent = -1;

            @Override
            public void fileStarted(int index, int total, String fileName) {
                file = index;
                files = total;
                shownPercent = -1;
                name = Path.of(fileName).getFileName().toString();
                fxThread.execute(() -> {
                    progress.set((double) index / total);
                    progressText.set(Messages.get("import.progressFile", index + 1, total, name));
                });
            }

            @Override
            public void recordsDone(int done, int total) {
                int percent = total == 0 ? 0 : done * 100 / total;
                if (percent == shownPercent) {
                    return; // one hand-over to the FX thread per percent, not per record
                }
                shownPercent = percent;
                double at = (file + (total == 0 ? 0 : (double) done / total)) / files;
                fxThread.execute(() -> {
                    progress.set(at);
                    progressText.set(Messages.get("import.progressRecords", file + 1, files, name, done, total));
                });
            }

            @Override
            public boolean cancelRequested() {
                return stop.get();
            }
        };
    }

    private String choice() {
        return kind.get() + "|" + (path.get() == null ? "" : path.get().strip());
    }

    public StringProperty pathProperty() {
        return path;
    }

    public ObjectProperty<ImportKind> kindProperty() {
        return kind;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty reportProperty() {
        return report;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty mayImportProperty() {
        return mayImport.getReadOnlyProperty();
    }
}
