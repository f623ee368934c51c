package org.clinicdesk.app.gui.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.clinicdesk.app.gui.common.LocalWorkstore;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.setup.DemoSetup;

/** The real H2 store the window tests run on, in their temporary folder, with the demo clinic's users (one per role) and no patients. */
public final class TestStores {
    private static Path template;

    private TestStores() {
    }

    /** A store for a window test; tests other than the recovery key's own do not stop at its once-only view. */
    public static Workstore open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    private static Workstore open(Path dataDir, Clock clock) {
        Workstore store = LocalWorkstore.opener(clock).open(dataDir);
        store.recoveryKeyShown();
        return store;
    }

    /**
     * A store set up with the demo clinic's users. A new folder gets a copy of one such store made once per test
     * JVM (its data folder, as a person carries it to another computer; the desk key in the key folder is the same),
     * then opened as usual: setting one up costs ~2 s (the migrations and a production-cost password hash per user),
     * opening a copy ~0.4 s. A folder that already holds a store is opened and set up as before.
     */
    public static Workstore openWithUsers(Path dataDir) {
        return openWithUsers(dataDir, Clock.systemUTC());
    }

    /** As {@link #openWithUsers(Path)}, the store reading the time from {@code clock} (e.g. a clinic morning). */
    public static Workstore openWithUsers(Path dataDir, Clock clock) {
        if (isEmpty(dataDir)) {
            copy(template(), dataDir);
        }
        Workstore store = open(dataDir, clock);
        DemoSetup.prepare(store, DemoSetup::addStaff);
        return store;
    }

    private static synchronized Path template() {
        if (template == null) {
            try {
                Path dir = Files.createTempDirectory("clinicdesk-test-store-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                try (Workstore store = open(dir.resolve("store"))) {
                    DemoSetup.prepare(store, DemoSetup::addStaff);
                }
                template = dir.resolve("store");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return template;
    }

    private static boolean isEmpty(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
