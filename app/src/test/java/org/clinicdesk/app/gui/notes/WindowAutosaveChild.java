package org.clinicdesk.app.gui.notes;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.clinicdesk.app.gui.common.FxTaskExecutor;
import org.clinicdesk.app.gui.common.LocalWorkstore;
import org.clinicdesk.app.gui.shell.Workstation;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The child process of {@link DraftSurvivesSigkillTest}: the real workstation window (Monocle) over the store; the
 * doctor signs in, opens the waiting patient's chart and writes a note, typing into the note's text area one character
 * every 50 ms until the parent kills the process. Nothing here saves: the editor's own autosave timeline does.
 * Prints "TYPED n" after each character and "SAVED n" (characters typed by then) whenever the note's status line
 * says the draft was saved.
 */
public final class WindowAutosaveChild {
    static final String TEXT = "Fever and dry cough for four days, worse at night, no breathlessness. ";

    private WindowAutosaveChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> new Workstation(stage, dataDir, dir -> LocalWorkstore.opener(Clock.systemUTC())
                .open(dir), store -> { }, new FxTaskExecutor(), Clock.systemDefaultZone(), Duration.ofHours(1)).start());
        FxRobot robot = new FxRobot();
        WindowTest.waitUntil(() -> robot.lookup("#username").tryQuery().isPresent());
        robot.clickOn("#username").eraseText(40).write("doctor");
        robot.clickOn("#password").write(org.clinicdesk.app.gui.setup.DemoSetup.PASSWORD);
        WindowTest.waitUntil(() -> !robot.lookup("#signIn").queryButton().isDisabled());
        robot.clickOn("#signIn");
        WindowTest.waitUntil(() -> robot.lookup("#mainTabs").tryQuery().isPresent());
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        WindowTest.waitUntil(() -> robot.lookup("#queueBoard").queryAs(TableView.class).getItems().size() == 1);
        robot.interact(() -> robot.lookup("#queueBoard").queryAs(TableView.class).getSelectionModel().select(0));
        WindowTest.waitUntil(() -> robot.lookup("#queue-openChart").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#queue-openChart");
        WindowTest.waitUntil(() -> robot.lookup("#chart-writeNote").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.clickOn("#chart-writeNote");
        WindowTest.waitUntil(() -> robot.lookup("#note-subjective").tryQuery().map(n -> n.isVisible()).orElse(false));
        TextArea subjective = robot.lookup("#note-subjective").queryAs(TextArea.class);
        Label status = robot.lookup("#noteStatus").queryAs(Label.class);
        AtomicInteger typed = new AtomicInteger();
        robot.interact(() -> status.textProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(was) && now.startsWith("Draft saved")) {
                System.out.println("SAVED " + typed.get());
                System.out.flush();
            }
        }));
        System.out.println("READY");
        while (true) {
            char next = TEXT.charAt(typed.get() % TEXT.length());
            robot.interact(() -> {
                subjective.appendText(String.valueOf(next));
                typed.incrementAndGet();
            });
            System.out.println("TYPED " + typed.get());
            System.out.flush();
            Thread.sleep(50);
        }
    }
}
