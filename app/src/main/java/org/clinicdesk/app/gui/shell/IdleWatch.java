package org.clinicdesk.app.gui.shell;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/** Locks the screen when nobody has touched keyboard or mouse for the idle time. */
public final class IdleWatch {
    private final PauseTransition timer;
    private final Scene scene;
    private final EventHandler<Event> activity = e -> {
        if (timerRunning()) {
            restart();
        }
    };

    public IdleWatch(Scene scene, Duration idleTime, Runnable onIdle) {
        this.scene = scene;
        this.timer = new PauseTransition(javafx.util.Duration.millis(idleTime.toMillis()));
        timer.setOnFinished(e -> onIdle.run());
    }

    /** A new idle time (the clinic's setting, read after sign-in); counts from now when the watch is running. */
    public void idleTime(Duration idleTime) {
        timer.setDuration(javafx.util.Duration.millis(idleTime.toMillis()));
        if (timerRunning()) {
            restart();
        }
    }

    public void start() {
        scene.addEventFilter(KeyEvent.ANY, activity);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, activity);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, activity);
        scene.addEventFilter(ScrollEvent.ANY, activity);
        restart();
    }

    public void stop() {
        timer.stop();
        scene.removeEventFilter(KeyEvent.ANY, activity);
        scene.removeEventFilter(MouseEvent.MOUSE_MOVED, activity);
        scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, activity);
        scene.removeEventFilter(ScrollEvent.ANY, activity);
    }

    private boolean timerRunning() {
        return timer.getStatus() == Animation.Status.RUNNING;
    }

    private void restart() {
        timer.playFromStart();
    }
}
