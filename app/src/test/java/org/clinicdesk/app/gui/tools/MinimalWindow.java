package org.clinicdesk.app.gui.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for the startup benchmark: the smallest JavaFX window, launched the same way as the workstation
 * (plain launcher, same JVM flags), reporting the milliseconds from process start to its first frame.
 */
public final class MinimalWindow {
    private MinimalWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The Application itself, kept apart from the launcher for the same reason as the workstation's. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Path report = Path.of(getParameters().getRaw().get(0));
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1200, 760));
            stage.setOnShown(e -> Platform.runLater(() -> {
                long elapsed = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                try {
                    Files.writeString(report, Long.toString(elapsed));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                Platform.exit();
            }));
            stage.show();
        }
    }
}
