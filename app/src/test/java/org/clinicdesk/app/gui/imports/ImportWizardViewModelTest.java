package org.clinicdesk.app.gui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import wizard's rules on a real store with the shared legacy sample: the import is offered only after a dry
 * run of the same choice, and Cancel rolls back the file being imported while earlier files stay imported.
 */
public class ImportWizardViewModelTest {
    public static final Path SAMPLE = Path.of(System.getProperty("clinicdesk.shared.data", "../../shared/data"))
            .resolve("legacy-json/sample");

    @TempDir
    Path dataDir;
    private Workstore store;
    private ImportWizardViewModel model;

    @BeforeEach
    void open() {
        store = TestStores.openWithUsers(dataDir);
        // the same thread stands for the FX thread: progress arrives while the import runs, as Cancel would
        model = new ImportWizardViewModel(Sessions.signIn(store, "admin"), new SameThreadTaskExecutor(), Runnable::run);
        model.pathProperty().set(SAMPLE.toString());
        model.kindProperty().set(ImportKind.LEGACY_JSON);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long rows(String table) {
        var local = store.services().store();
        try (var c = local.dataSource().getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theImportIsOfferedOnlyAfterADryRunOfTheSameChoice() {
        assertThat(model.mayImportProperty().get()).isFalse();
        model.importNow();
        assertThat(rows("patient")).isZero();

        model.dryRun();
        assertThat(model.reportProperty().get()).contains("Would import").contains("Dry run: nothing was written.");
        assertThat(rows("patient")).isZero();
        assertThat(model.mayImportProperty().get()).isTrue();

        model.kindProperty().set(ImportKind.FHIR);
        assertThat(model.mayImportProperty().get()).as("another kind needs its own dry run").isFalse();
        model.kindProperty().set(ImportKind.LEGACY_JSON);
        assertThat(model.mayImportProperty().get()).isTrue();

        model.importNow();
        assertThat(rows("patient")).isEqualTo(4);
        assertThat(model.reportProperty().get()).contains("Imported ").contains("opens");
    }

    @Test
    void cancelRollsBackTheFileBeingImportedAndReadsNoLaterFile() {
        model.dryRun();
        model.progressTextProperty().addListener((o, old, now) -> {
            if (now.contains("queue.json, record 2 ")) {
                model.cancel();
            }
        });
        model.importNow();
        assertThat(rows("patient")).as("patients.json finished before Cancel").isEqualTo(4);
        assertThat(rows("queue_entry")).as("queue.json was rolled back").isZero();
        assertThat(rows("queue_transition")).isZero();
        assertThat(rows("soap_note")).as("notes.json was not read").isZero();
        assertThat(model.reportProperty().get()).contains("CANCELLED ").contains("queue.json")
                .contains("Cancelled: the file being imported was rolled back");
    }
}
