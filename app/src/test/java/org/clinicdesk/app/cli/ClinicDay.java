package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A store set up the way the foundation issue's script does it: site A, an admin, a doctor, a nurse and a
 * receptionist, each with their own password. Tests build on it.
 */
final class ClinicDay {
    static final String ADMIN_PASSWORD = "admin-pass-1";
    static final String DOCTOR_PASSWORD = "doctor-pass-1";
    static final String NURSE_PASSWORD = "nurse-pass-1";
    static final String DESK_PASSWORD = "desk-pass-1";

    private static Path template;

    final CliRun cli;

    private ClinicDay(CliRun cli) {
        this.cli = cli;
    }

    /**
     * The clinic in {@code dataDir}, which must not hold anything yet: a copy of the data folder of one clinic set up
     * through the command line once per test JVM (init and three {@code user add}: four store openings and seven
     * production-cost password hashes, ~3 s; a copy takes milliseconds). The desk key in the key folder is the same.
     */
    static ClinicDay initialised(Path dataDir) {
        try {
            if (Files.exists(dataDir)) {
                try (Stream<Path> inside = Files.list(dataDir)) {
                    assertThat(inside.findAny()).as("a new clinic's data folder " + dataDir + " is empty").isEmpty();
                }
                Files.delete(dataDir);
            }
            StoreCopies.copy(template(), dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ClinicDay(new CliRun(dataDir));
    }

    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path dir = Files.createTempDirectory("clinicdesk-clinic-day-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            Path data = dir.resolve("data");
            setUp(new ClinicDay(new CliRun(data)));
            template = data;
        }
        return template;
    }

    private static void setUp(ClinicDay day) {
        day.ok(day.cli.with(Map.of(CliEnvironment.PASSWORD, ADMIN_PASSWORD),
                "init", "--site", "A", "--clinic", "Sunrise Clinic", "--admin", "admin"));
        day.addUser("doctor1", "doctor", DOCTOR_PASSWORD);
        day.addUser("nurse1", "nurse", NURSE_PASSWORD);
        day.addUser("desk1", "reception", DESK_PASSWORD);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    void addUser(String name, String role, String password) {
        ok(cli.with(Map.of(CliEnvironment.USER, "admin", CliEnvironment.PASSWORD, ADMIN_PASSWORD,
                CliEnvironment.NEW_PASSWORD, password), "user", "add", name, "--role", role));
    }

    CliRun.Result admin(String... args) {
        return cli.as("admin", ADMIN_PASSWORD, args);
    }

    CliRun.Result doctor(String... args) {
        return cli.as("doctor1", DOCTOR_PASSWORD, args);
    }

    CliRun.Result nurse(String... args) {
        return cli.as("nurse1", NURSE_PASSWORD, args);
    }

    CliRun.Result desk(String... args) {
        return cli.as("desk1", DESK_PASSWORD, args);
    }

    /** Registers a patient at the desk and returns the printed UHID. */
    String register(String name, String dob, String sex) {
        return ok(desk("patient", "add", "--name", name, "--dob", dob, "--sex", sex, "--phone", "+91 98450 12345")).strip();
    }

    String ok(CliRun.Result result) {
        assertThat(result.exit()).as(result.toString()).isZero();
        return result.out();
    }
}
