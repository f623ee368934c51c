package org.clinicdesk.app.gui.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The start-up benchmarks' finish line, watched from outside the program: it starts the real program
 * ({@code org.clinicdesk.app.Main}) in this JVM and looks at its window every few milliseconds, so the shipped code
 * needs no hook. Usage: {@code SignInWatch shown|usable FILE PROGRAM_ARGS...} with this class's jar appended to the
 * program's own class path (appended, so the program's class archive still applies). {@code shown} writes the
 * milliseconds from process start to the sign-in form on screen; {@code usable} writes "SHOWN USABLE", the second
 * figure when Sign in can be used (the store is open: the form's "opening the store" line has gone). Each figure is
 * taken on the pulse after the change, then the window exits. {@code SignInWatch JAR} writes that jar.
 */
public final class SignInWatch {
    private static final long POLL_MILLIS = 5;
    private final String mode;
    private final Path report;
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile long shown = -1;
    private boolean formSeen;
    private volatile boolean done;

    private SignInWatch(String mode, Path report) {
        this.mode = mode;
        this.report = report;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            writeJar(Path.of(args[0]));
            return;
        }
        if (args.length < 2 || !(args[0].equals("shown") || args[0].equals("usable"))) {
            throw new IllegalArgumentException("usage: SignInWatch JAR | SignInWatch shown|usable FILE PROGRAM_ARGS...");
        }
        SignInWatch watch = new SignInWatch(args[0], Path.of(args[1]));
        Thread poller = new Thread(watch::poll, "signin-watch");
        poller.setDaemon(true);
        poller.start();
        // by name: the jar holds this class alone, the program comes from its own class path
        Class.forName("org.clinicdesk.app.Main").getMethod("main", String[].class)
                .invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
    }

    /** Writes a jar holding this class alone. */
    static Path writeJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        String entry = SignInWatch.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream in = SignInWatch.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    private void poll() {
        while (!done) {
            try {
                Thread.sleep(POLL_MILLIS);
                if (checking.compareAndSet(false, true)) {
                    Platform.runLater(this::check);
                }
            } catch (IllegalStateException toolkitNotUpYet) {
                checking.set(false);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** On the FX thread. */
    private void check() {
        checking.set(false);
        if (done) {
            return;
        }
        for (Window window : Window.getWindows()) {
            Scene scene = window.getScene();
            Node form = window.isShowing() && scene != null ? scene.lookup("#signIn") : null;
            if (form == null) {
                continue;
            }
            if (!formSeen) {
                formSeen = true;
                // the next pulse: the form has been laid out and drawn once
                Platform.runLater(() -> shown = sinceStart());
            }
            Node waiting = scene.lookup("#signIn-waiting");
            boolean usable = waiting != null && !waiting.isVisible();
            if (mode.equals("shown") && shown >= 0) {
                finish(Long.toString(shown));
            } else if (mode.equals("usable") && usable && shown >= 0) {
                done = true;
                Platform.runLater(() -> finish(shown + " " + sinceStart()));
            }
            return;
        }
    }

    private void finish(String figures) {
        done = true;
        try {
            Files.writeString(report, figures + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Platform.exit();
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
