package org.clinicdesk.app.gui.tools;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.clinicdesk.app.gui.common.FxTaskExecutor;
import org.clinicdesk.app.gui.common.LocalWorkstore;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.reception.ReceptionViewModel;
import org.clinicdesk.app.gui.setup.DemoSetup;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.users.Actor;

/**
 * Benchmark, not a test: keystroke-to-results latency of the reception search over N patients (default 100,000),
 * registering patients first when the store has fewer. Usage: {@code WorkstationBenchmark DATA_DIR [PATIENTS]}.
 * The window's start-up is measured by {@code scripts/bench desk} (the real launcher, watched by {@link SignInWatch}).
 */
public final class WorkstationBenchmark {
    private static final PrintStream OUT = System.out;

    private WorkstationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "target/bench-store");
        int patients = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Files.createDirectories(dataDir);
        try (Workstore store = LocalWorkstore.opener(Clock.systemUTC()).open(dataDir)) {
            DemoSetup.prepare(store, DemoSetup::addStaff);
            fill(store, patients);
        }
        searchLatency(dataDir);
        Platform.exit();
    }

    private static void fill(Workstore store, int patients) {
        var site = store.siteSettings().orElseThrow();
        Actor reception = store.services().users().signIn("reception", DemoSetup.PASSWORD.toCharArray(), site.site());
        var local = store.services().store();
        long existing = local.context().tx().inTransaction(() -> local.patients().count());
        Random random = new Random(7);
        String[] given = {"Aarav", "Priya", "Rahul", "Sunita", "Vikram", "Anjali", "Mohan", "Kavya", "Imran",
                "Fatima", "Joseph", "Mary", "Arjun", "Lakshmi", "Ravi", "Neha", "Deepak", "Pooja", "Sanjay", "Geeta"};
        String[] family = {"Sharma", "Patel", "Iyer", "Khan", "Reddy", "Nair", "Das", "Singh", "Menon", "Gupta",
                "Fernandes", "Bose", "Kulkarni", "Joshi", "Pillai", "Chatterjee", "Mehta", "Verma", "Rao", "Ali"};
        LocalDate today = LocalDate.now();
        long started = System.nanoTime();
        // Batches of a thousand per transaction: filling is set-up, not what is measured.
        for (long batch = existing; batch < patients; batch += 1_000) {
            long from = batch;
            long to = Math.min(patients, batch + 1_000);
            local.context().tx().run(() -> {
                for (long i = from; i < to; i++) {
                    register(store, reception, random, given, family, today, i);
                }
            });
            if (to % 10_000 == 0) {
                OUT.printf("  registered %d patients (%.0f s)%n", to, (System.nanoTime() - started) / 1e9);
            }
        }
    }

    private static void register(Workstore store, Actor reception, Random random, String[] given, String[] family,
                                 LocalDate today, long i) {
        var details = new PatientDetails(
                PersonName.parse(given[random.nextInt(given.length)] + " " + family[random.nextInt(family.length)]),
                DateOfBirth.exact(today.minusDays(365L + random.nextInt(365 * 85)), today),
                random.nextBoolean() ? Sex.F : Sex.M,
                PhoneNumber.parse(String.valueOf(9_000_000_000L + i)), "", List.of());
        store.services().patients().register(reception, details);
    }

    /** Types a few prefixes as the desk would and times each from the keystroke to the results being on screen. */
    private static void searchLatency(Path dataDir) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        try (Workstore store = LocalWorkstore.opener(Clock.systemUTC()).open(dataDir)) {
            var site = store.siteSettings().orElseThrow();
            Actor reception = store.services().users().signIn("reception", DemoSetup.PASSWORD.toCharArray(),
                    site.site());
            FxTaskExecutor executor = new FxTaskExecutor();
            ReceptionViewModel vm = new ReceptionViewModel(new Session(store, site, reception), executor);
            List<String> typed = List.of("S", "Sh", "Sha", "Shar", "Sharm", "P", "Pa", "Pat", "Patel", "R", "Ra",
                    "Rav", "900000", "9000012", "A-000", "Kul", "Kulk", "Me", "Meh", "Mehta");
            List<Long> micros = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String text : typed) {
                    micros.add(typeAndWait(vm, text));
                }
            }
            executor.shutdown();
            List<Long> warm = micros.subList(typed.size(), micros.size());
            Collections.sort(warm);
            var local = store.services().store();
            OUT.printf("search, keystroke to results shown, %d patients, %d searches after one warm-up round%n",
                    local.context().tx().inTransaction(() -> local.patients().count()), warm.size());
            OUT.printf("  median %.1f ms, p90 %.1f ms, max %.1f ms%n", warm.get(warm.size() / 2) / 1000.0,
                    warm.get(warm.size() * 9 / 10) / 1000.0, warm.get(warm.size() - 1) / 1000.0);
        }
        OUT.printf("(JVM up %d ms)%n", ManagementFactory.getRuntimeMXBean().getUptime());
    }

    private static long typeAndWait(ReceptionViewModel vm, String text) throws InterruptedException {
        CountDownLatch shown = new CountDownLatch(1);
        long[] start = new long[1];
        long[] end = new long[1];
        Platform.runLater(() -> {
            long before = vm.searchesShownProperty().get();
            vm.searchesShownProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number old, Number now) {
                    if (now.longValue() > before) {
                        end[0] = System.nanoTime();
                        vm.searchesShownProperty().removeListener(this);
                        shown.countDown();
                    }
                }
            });
            start[0] = System.nanoTime();
            vm.queryProperty().set(text);
        });
        if (!shown.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("No results for '" + text + "' within 30 s");
        }
        return (end[0] - start[0]) / 1000;
    }
}
