package org.clinicdesk.app.gui.queue;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.core.queue.QueueStatus;

/**
 * The waiting-room TV: a full-screen window in large type with the tokens the doctors have called in (and by whom),
 * then the next ones ready; it follows the board live (the same rows, refreshed as the board is). Only tokens are
 * shown, never names. Escape closes it.
 */
public final class TokenDisplay {
    private final QueueBoardViewModel board;
    private final Label now = new Label();
    private final Label next = new Label();
    private final Stage stage = new Stage();

    private TokenDisplay(QueueBoardViewModel board) {
        this.board = board;
    }

    public static TokenDisplay open(QueueBoardViewModel board, Window owner) {
        TokenDisplay display = new TokenDisplay(board);
        display.show(owner);
        return display;
    }

    private void show(Window owner) {
        Label heading = new Label(Messages.get("tokens.nowCalling"));
        heading.getStyleClass().add("token-heading");
        Label nextHeading = new Label(Messages.get("tokens.next"));
        nextHeading.getStyleClass().add("token-heading");
        now.setId("tokenDisplay-now");
        now.getStyleClass().add("token-now");
        next.setId("tokenDisplay-next");
        next.getStyleClass().add("token-next");
        VBox root = new VBox(24, heading, now, nextHeading, next);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("token-display");
        root.setStyle("-fx-background-color: #102a43; -fx-padding: 48;");
        heading.setStyle("-fx-text-fill: #9fb3c8; -fx-font-size: 36px;");
        nextHeading.setStyle("-fx-text-fill: #9fb3c8; -fx-font-size: 36px;");
        now.setStyle("-fx-text-fill: white; -fx-font-size: 96px; -fx-font-weight: bold;");
        next.setStyle("-fx-text-fill: #f0b429; -fx-font-size: 60px;");
        Scene scene = new Scene(root, 1024, 640);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        board.items().addListener((ListChangeListener<BoardItem>) c -> update());
        update();
        stage.initOwner(owner);
        stage.setTitle(Messages.get("tokens.title"));
        stage.setScene(scene);
        // On the last screen (the waiting-room TV when one is attached beside the desk's monitor), covering it even
        // where no window manager grants full screen.
        javafx.geometry.Rectangle2D tv = javafx.stage.Screen.getScreens()
                .get(javafx.stage.Screen.getScreens().size() - 1).getBounds();
        stage.setX(tv.getMinX());
        stage.setY(tv.getMinY());
        stage.setWidth(tv.getWidth());
        stage.setHeight(tv.getHeight());
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        stage.show();
    }

    private void update() {
        List<BoardItem> items = board.items();
        List<String> called = items.stream().filter(i -> i.status() == QueueStatus.IN_CONSULTATION)
                .map(i -> i.seenBy().isEmpty() ? i.token() : Messages.get("tokens.toDoctor", i.token(), i.seenBy()))
                .toList();
        List<String> ready = items.stream().filter(i -> i.status() == QueueStatus.READY_FOR_DOCTOR)
                .map(BoardItem::token).limit(6).toList();
        now.setText(called.isEmpty() ? Messages.get("tokens.none") : String.join("\n", called));
        next.setText(ready.isEmpty() ? "" : String.join("   ", ready));
    }

    public void close() {
        stage.close();
    }
}
