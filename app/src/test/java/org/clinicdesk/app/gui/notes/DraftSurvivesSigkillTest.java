package org.clinicdesk.app.gui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.H2Workstores;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.core.chart.ChartNote;
import org.clinicdesk.core.patient.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A doctor's typing survives the workstation process being killed: at most one autosave period is lost. */
class DraftSurvivesSigkillTest {
    private static final int SAVES_BEFORE_KILL = 3;
    @TempDir
    Path dir;

    @Test
    void draftIsThereAfterSigkillWithAtMostAFewSecondsOfTypingLost() throws Exception {
        String uhid;
        try (Workstore store = H2Workstores.openWithUsers(dir)) {
            uhid = H2Workstores.register(store, "Killed Midnote", "1966-02-02", Sex.M, List.of()).uhid().value();
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dclinicdesk.keyDir=" + System.getProperty("clinicdesk.keyDir"), "-Xmx384m", AutosaveChild.class.getName(),
                dir.toString(), uhid)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int typed = 0;
        int saved = 0;
        int saves = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (saves < SAVES_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith("TYPED ")) {
                    typed = Integer.parseInt(line.substring(6));
                } else if (line.startsWith("SAVED ")) {
                    saved = Integer.parseInt(line.substring(6));
                    saves++;
                }
            }
            // keep typing a little past the last save, then SIGKILL: no shutdown hook, no store close
            int killAt = typed + 15;
            while (typed < killAt && (line = out.readLine()) != null) {
                if (line.startsWith("TYPED ")) {
                    typed = Integer.parseInt(line.substring(6));
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).isEqualTo(137);
        assertThat(saves).isEqualTo(SAVES_BEFORE_KILL);

        try (Workstore store = H2Workstores.openWithUsers(dir)) {
            var doctor = Sessions.signIn(store, "doctor");
            ChartNote draft = store.services().chart().open(doctor.actor(), uhid).draftBy("doctor").orElseThrow();
            String restored = draft.note().content().text().subjective();
            StringBuilder expected = new StringBuilder();
            while (expected.length() < typed) {
                expected.append(AutosaveChild.TEXT);
            }
            assertThat(restored).isNotEmpty();
            // the store keeps the text stripped, so a save that ended on a space is one shorter
            assertThat(restored.length()).isGreaterThanOrEqualTo(saved - 1);
            assertThat(expected.toString()).startsWith(restored);
            long perPeriod = NoteEditorViewModel.AUTOSAVE_PERIOD.toMillis() / 50;
            assertThat(typed - restored.length()).as("characters lost").isLessThanOrEqualTo((int) perPeriod + 20);
        }
    }
}
