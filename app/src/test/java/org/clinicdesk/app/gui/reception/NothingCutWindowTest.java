package org.clinicdesk.app.gui.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.clinicdesk.app.gui.testsupport.Reception;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.app.language.Language;
import org.clinicdesk.app.language.UserLanguages;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 17: buttons, labels and drop-downs show their whole text ("Add t…", "Pr…" and "No…" were what reception saw
 * with the registration form open beside the search). Table cells may be cut: a long name in a column is.
 */
class NothingCutWindowTest extends WindowTest {
    @Test
    void receptionWithTheRegistrationFormOpenShowsEveryButtonWhole(FxRobot robot) {
        signIn(robot, "reception");
        size(robot, 1280, 800);
        new Reception(robot).openRegistration();
        assertThat(cut(robot)).as("texts cut on the reception screen with the form open").isEmpty();
    }

    @Test
    void inHindiTooWhereTheWordsAreLonger(FxRobot robot) throws Exception {
        new UserLanguages(dataDir).set("reception", Language.HINDI);
        signIn(robot, "reception");
        size(robot, 1280, 800);
        new Reception(robot).openRegistration();
        assertThat(cut(robot)).as("texts cut on the Hindi reception screen with the form open").isEmpty();
    }

    @Test
    void theDoctorsBoardInHindi(FxRobot robot) throws Exception {
        new UserLanguages(dataDir).set("doctor", Language.HINDI);
        signIn(robot, "doctor");
        size(robot, 1280, 800);
        waitUntil(() -> shown(robot, "#queueBoard"));
        assertThat(cut(robot)).as("texts cut on the doctor's Hindi board").isEmpty();
    }

    @Test
    void theNursesBoardInAHalfScreenWindow(FxRobot robot) {
        signIn(robot, "nurse");
        waitUntil(() -> shown(robot, "#queueBoard"));
        size(robot, 640, 800);
        assertThat(cut(robot)).as("texts cut on the nurse's board 640 pixels wide").isEmpty();
    }

    /** The window is shared by the cases: each sets the size it looks at. */
    private static void size(FxRobot robot, double width, double height) {
        javafx.scene.Scene scene = robot.lookup("#mainTabs").query().getScene();
        robot.interact(() -> {
            scene.getWindow().setWidth(width);
            scene.getWindow().setHeight(height);
        });
        // looked at only once the scene has its new size and has been laid out at it
        waitUntil(() -> scene.getWidth() == width);
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
    }

    /** The visible labelled controls outside tables and lists whose text on screen ends in the ellipsis. */
    private static List<String> cut(FxRobot robot) {
        List<String> found = new ArrayList<>();
        robot.interact(() -> robot.listTargetWindows().stream().filter(w -> w.isShowing() && w.getScene() != null)
                .forEach(w -> collect(w.getScene().getRoot(), found)));
        return found;
    }

    private static void collect(Node node, List<String> found) {
        if (!node.isVisible() || node instanceof TableView || node instanceof ListView) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String ellipsis = labeled.getEllipsisString();
            String whole = labeled.isMnemonicParsing() ? labeled.getText().replace("_", "") : labeled.getText();
            labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                    .filter(shown -> shown.endsWith(ellipsis) && !whole.endsWith(ellipsis))
                    .forEach(shown -> found.add((labeled.getId() == null ? labeled.getClass().getSimpleName()
                            : "#" + labeled.getId()) + " shows \"" + shown + "\" of \"" + whole + "\""));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }
}
