package org.clinicdesk.app.gui.notes;

import java.nio.file.Path;
import java.time.Clock;
import org.clinicdesk.app.gui.common.LocalWorkstore;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.H2Workstores;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.core.chart.Chart;

/**
 * The child process of {@link DraftSurvivesSigkillTest}: a doctor typing a note one character every 50 ms into the
 * editor's view model, with the editor's autosave on its usual period, until the parent kills the process.
 * Prints "TYPED n" after each keystroke and "SAVED n" after each autosave that reached the store.
 */
public final class AutosaveChild {
    static final String TEXT = "Fever and dry cough for four days, worse at night, no breathlessness. ";

    private AutosaveChild() {
    }

    public static void main(String[] args) throws Exception {
        Workstore store = LocalWorkstore.opener(Clock.systemUTC()).open(Path.of(args[0]));
        var doctor = Sessions.signIn(store, "doctor");
        var patient = store.services().patients().require(doctor.actor(), args[1]);
        Chart chart = store.services().chart().open(doctor.actor(), args[1]);
        NoteEditorViewModel editor = new NoteEditorViewModel(doctor, new SameThreadTaskExecutor(),
                new H2Workstores.ScriptedDialogs(), patient, chart.draftBy("doctor"), chart.latestVitals(),
                Clock.systemDefaultZone(), () -> { });
        long period = NoteEditorViewModel.AUTOSAVE_PERIOD.toMillis();
        long lastSave = System.currentTimeMillis();
        StringBuilder typed = new StringBuilder();
        while (true) {
            typed.append(TEXT.charAt(typed.length() % TEXT.length()));
            editor.subjectiveProperty().set(typed.toString());
            System.out.println("TYPED " + typed.length());
            if (System.currentTimeMillis() - lastSave >= period) {
                lastSave = System.currentTimeMillis();
                editor.autosave();
                System.out.println("SAVED " + editor.subjectiveProperty().get().length());
            }
            System.out.flush();
            Thread.sleep(50);
        }
    }
}
