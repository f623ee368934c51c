package org.clinicdesk.app.gui.tools;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;

/**
 * What the screenshot tours need to drive a real window from their own thread: run work on the FX thread and wait
 * for a condition read from the scene graph (always read on the FX thread).
 */
final class FxDriver {
    private static final long WAIT_SECONDS = 90;
    /** Where the tour's last screenshot went: a wait that times out saves what the screen showed there. */
    private static volatile java.nio.file.Path shots;

    private FxDriver() {
    }

    /** Starts the FX toolkit for a tour and keeps it up while the tour closes and opens windows. */
    static void startToolkit() throws InterruptedException {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
    }

    static void waitFor(Callable<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!Boolean.TRUE.equals(safely(condition))) {
            if (System.nanoTime() > deadline) {
                String seen = "";
                if (shots != null) {
                    // What the screen showed instead, so a failed tour can be looked at rather than guessed at.
                    String name = "failed-" + System.currentTimeMillis();
                    try {
                        screenshot(shots, name);
                        seen = " (the screen then: " + shots.resolve(name + ".png") + ")";
                    } catch (java.io.IOException | RuntimeException e) {
                        seen = " (no screenshot: " + e.getMessage() + ")";
                    }
                }
                throw new IllegalStateException("The window did not reach the expected state within " + WAIT_SECONDS
                        + " s" + seen);
            }
            Thread.sleep(100);
        }
    }

    static Object fxGet(Callable<?> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        FutureTask<Object> task = new FutureTask<>(() -> work.call());
        Platform.runLater(task);
        try {
            return task.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void fx(Runnable work) {
        fxGet(() -> {
            work.run();
            return null;
        });
    }

    /** Whether the scene shows a node with this id, read on the FX thread. */
    static boolean has(Scene scene, String id) {
        return Boolean.TRUE.equals(fxGet(() -> scene.getRoot().lookup(id) != null));
    }

    /** Puts text into a field as a person would leave it: focused and filled. */
    static void type(Scene scene, String id, String text) {
        fx(() -> {
            TextInputControl field = (TextInputControl) scene.getRoot().lookup(id);
            field.requestFocus();
            field.setText(text);
        });
    }

    static void fire(Scene scene, String id) {
        fx(() -> ((ButtonBase) scene.getRoot().lookup(id)).fire());
    }

    /** Saves the whole X display as {@code dir/name.png} once the last change has been laid out and painted. */
    static void screenshot(java.nio.file.Path dir, String name) throws java.io.IOException, InterruptedException {
        shots = dir;
        // Two pulses with a pause between, so the last change has been laid out and painted before the capture.
        fx(() -> { });
        Thread.sleep(500);
        fx(() -> { });
        Process p = new ProcessBuilder("import", "-window", "root", dir.resolve(name + ".png").toString())
                .inheritIO().start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("import failed for " + name);
        }
    }

    private static Boolean safely(Callable<Boolean> condition) {
        try {
            return (Boolean) fxGet(condition);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
