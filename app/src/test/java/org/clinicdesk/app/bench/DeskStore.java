package org.clinicdesk.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Random;
import org.clinicdesk.app.gui.common.LocalWorkstore;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.setup.DemoSetup;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.db.StoreDatabase;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientStatus;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.patient.Uhid;
import java.time.LocalDate;
import java.util.List;

/**
 * Set-up for {@code scripts/bench desk}, not measured: the demo clinic's staff (password {@value DemoSetup#PASSWORD})
 * and generated patients up to PATIENTS in DATA_DIR (kept for the next run), and the store's database password in
 * PASSWORD_FILE (owner-only) for the plain-JDBC baseline. Usage: {@code DeskStore DATA_DIR PATIENTS PASSWORD_FILE};
 * the desk key comes from CLINICDESK_KEY_DIR as for the program.
 */
public final class DeskStore {
    /** The names {@code scripts/bench search} generates too, so "Sharma" and "Ra" find what a clinic's store would. */
    static final String[] GIVEN = {"Aarav", "Asha", "Anil", "Bhavna", "Chitra", "Deepak", "Divya", "Farhan", "Gita",
            "Harish", "Imran", "Jaya", "Kavya", "Kiran", "Lakshmi", "Manoj", "Meena", "Mohammed", "Nandini", "Neha"};
    static final String[] FAMILY = {"Sharma", "Rao", "Iyer", "Nair", "Reddy", "Patel", "Shah", "Khan", "Singh",
            "Gupta", "Menon", "Pillai", "Das", "Banerjee", "Kulkarni", "Joshi", "Desai", "Fernandes", "Verma", "Ali"};

    private DeskStore() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int patients = Integer.parseInt(args[1]);
        Path passwordFile = Path.of(args[2]);
        Files.createDirectories(dataDir);
        try (Workstore store = LocalWorkstore.opener(Clock.systemUTC()).open(dataDir)) {
            DemoSetup.prepare(store, DemoSetup::addStaff);
            LocalStore local = store.services().store();
            long existing = local.context().tx().inTransaction(() -> local.patients().count());
            if (existing < patients) {
                long started = System.nanoTime();
                fill(local, existing, patients, new Random(existing + 7));
                System.err.printf("bench: filled %d patients in %d s%n", patients - existing,
                        (System.nanoTime() - started) / 1_000_000_000L);
            }
            Files.deleteIfExists(passwordFile);
            Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(passwordFile, local.unlockedWith().dataKey().databasePassword(),
                    StandardOpenOption.TRUNCATE_EXISTING);
        }
        // A store grown by a bulk fill makes H2 rewrite its chunks in the background at the next several opens,
        // and every commit waits for that; a clinic's store grows a little a day. Compacted here, as set-up.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(StoreDatabase.jdbcUrl(dataDir),
                StoreDatabase.USER, Files.readString(passwordFile)); java.sql.Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
    }

    /** Saved through the repository in batches of a thousand: set-up, not what is measured. */
    private static void fill(LocalStore store, long existing, int target, Random random) {
        SiteCode site = store.siteSettings().orElseThrow().site();
        for (long start = existing; start < target; start += 1_000) {
            long from = start;
            long to = Math.min(target, start + 1_000);
            store.context().tx().run(() -> {
                for (long serial = from + 1; serial <= to; serial++) {
                    PersonName name = new PersonName(GIVEN[random.nextInt(GIVEN.length)],
                            FAMILY[random.nextInt(FAMILY.length)]);
                    PhoneNumber phone = random.nextInt(10) == 0 ? null : PhoneNumber.parse(
                            (6 + random.nextInt(4)) + String.format("%09d", random.nextInt(1_000_000_000)));
                    store.patients().save(new Patient(store.context().ids().newId(), new Uhid(site, 1000 + serial), name,
                            new DateOfBirth(LocalDate.of(1935, 1, 1).plusDays(random.nextInt(32_000)), false),
                            random.nextBoolean() ? Sex.F : Sex.M, phone, (1 + random.nextInt(300)) + " Main Road",
                            List.of(), PatientStatus.ACTIVE));
                }
            });
        }
    }
}
