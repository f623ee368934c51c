package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

/**
 * A store set up the way the foundation issue's script does it: site A, an admin, a doctor, a nurse and a
 * receptionist, each with their own password. Tests build on it.
 */
final class ClinicDay {
    static final String ADMIN_PASSWORD = "admin-pass-1";
    static final String DOCTOR_PASSWORD = "doctor-pass-1";
    static final String NURSE_PASSWORD = "nurse-pass-1";
    static final String DESK_PASSWORD = "desk-pass-1";

    final CliRun cli;

    private ClinicDay(CliRun cli) {
        this.cli = cli;
    }

    static ClinicDay initialised(Path dataDir) {
        ClinicDay day = new ClinicDay(new CliRun(dataDir));
        day.ok(day.cli.with(Map.of(CliEnvironment.PASSWORD, ADMIN_PASSWORD),
                "init", "--site", "A", "--clinic", "Sunrise Clinic", "--admin", "admin"));
        day.addUser("doctor1", "doctor", DOCTOR_PASSWORD);
        day.addUser("nurse1", "nurse", NURSE_PASSWORD);
        day.addUser("desk1", "reception", DESK_PASSWORD);
        return day;
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
