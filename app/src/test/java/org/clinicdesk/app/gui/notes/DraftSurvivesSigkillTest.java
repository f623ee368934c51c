package org.clinicdesk.app.gui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clinicdesk.app.campaign.DayCampaign;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.H2Workstores;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.core.chart.ChartNote;
import org.clinicdesk.core.patient.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A doctor's typing survives the workstation process being killed: the real window (in its own process, under
 * Monocle) with the note editor open, the doctor typing into it, the editor's own autosave timeline saving the draft;
 * after three saves and a little more typing the process gets SIGKILL, and a fresh open of the store finds the draft
 * with at most one autosave period of typing lost. Nothing but the window's timeline saves.
 */
class DraftSurvivesSigkillTest {
    private static final int SAVES_BEFORE_KILL = 3;
    @TempDir
    Path dir;

    @Test
    void draftIsThereAfterSigkillWithAtMostAFewSecondsOfTypingLost() throws Exception {
        String uhid;
        try (Workstore store = H2Workstores.openWithUsers(dir)) {
            var patient = H2Workstores.register(store, "Killed Midnote", "1966-02-02", Sex.M, List.of());
            uhid = patient.uhid().value();
            store.services().queue().add(Sessions.signIn(store, "reception").actor(), patient,
                    org.clinicdesk.core.queue.Priority.NORMAL);
        }
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        // the JVM options of ./clinicdesk, as the workstation runs (its C1-only JIT also starts the child seconds
        // sooner on two busy cores than the JVM's default tiers, which kept a core compiling)
        command.addAll(List.of(DayCampaign.launcherOptions().split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Dclinicdesk.keyDir="
                + System.getProperty("clinicdesk.keyDir"), "-Xmx384m", "-Duser.language=en", "-Duser.country=GB"));
        // the window's platform as the window tests run it (Monocle, headless)
        for (String flag : new String[] {"testfx.robot=glass", "testfx.headless=true", "prism.order=sw",
                "prism.text=t2k", "glass.platform=Monocle", "monocle.platform=Headless", "java.awt.headless=true"}) {
            command.add("-D" + flag);
        }
        command.add(WindowAutosaveChild.class.getName());
        command.add(dir.toString());
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int typed = 0;
        int savedAt = 0;
        int saves = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (saves < SAVES_BEFORE_KILL && System.nanoTime() < deadline && (line = out.readLine()) != null) {
                if (line.startsWith("TYPED ")) {
                    typed = Integer.parseInt(line.substring(6));
                } else if (line.startsWith("SAVED ")) {
                    savedAt = Integer.parseInt(line.substring(6));
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
        assertThat(saves).as("the window's autosave timeline saved the draft while the doctor typed").isEqualTo(
                SAVES_BEFORE_KILL);
        assertThat(child.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);

        try (Workstore store = H2Workstores.openWithUsers(dir)) {
            var doctor = Sessions.signIn(store, "doctor");
            ChartNote draft = store.services().chart().open(doctor.actor(), uhid).draftBy("doctor").orElseThrow();
            String restored = draft.note().content().text().subjective();
            StringBuilder expected = new StringBuilder();
            while (expected.length() < typed) {
                expected.append(WindowAutosaveChild.TEXT);
            }
            assertThat(restored).isNotEmpty();
            assertThat(expected.toString()).startsWith(restored);
            long perPeriod = NoteEditorViewModel.AUTOSAVE_PERIOD.toMillis() / 50;
            // the third save began at most one period before it was announced
            assertThat(restored.length()).as("the last announced save is there").isGreaterThanOrEqualTo(
                    savedAt - (int) perPeriod - 1);
            assertThat(typed - restored.length()).as("characters lost").isLessThanOrEqualTo((int) perPeriod + 20);
        }
    }
}
