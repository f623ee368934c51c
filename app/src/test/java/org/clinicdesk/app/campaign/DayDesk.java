package org.clinicdesk.app.campaign;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.app.gui.common.LocalWorkstore;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.setup.DemoSetup;
import org.clinicdesk.app.gui.sync.BackgroundSync;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.BoardRow;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.testing.GeneratedPatients;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.SpO2Scale;
import org.clinicdesk.core.vitals.VitalSigns;

/**
 * One desk of the day campaign, in its own JVM started with the launcher's options: the store opened as the window
 * opens it ({@link LocalWorkstore}, {@link ClinicServices}), the window's background sync, the board read every
 * second as the window refreshes it, and one role's share of each patient's visit: reception registers (after a
 * search) and queues, the nurse triages and takes vitals, the doctor writes and signs the note and completes the
 * visit. Exits once it has done its part for every patient and its outbox has gone out.
 * Arguments: ROLE (reception|nurse|doctor) DATA_DIR PATIENTS.
 */
public final class DayDesk {
    private final Workstore store;
    private final ClinicServices services;
    private final Actor actor;
    private final Random random = new Random(16);

    private DayDesk(Workstore store, String user) {
        this.store = store;
        this.services = store.services();
        this.actor = services.users().signIn(user, DemoSetup.PASSWORD.toCharArray(), store.siteSettings().orElseThrow().site());
    }

    public static void main(String[] args) throws Exception {
        String role = args[0];
        Path dataDir = Path.of(args[1]);
        int patients = Integer.parseInt(args[2]);
        long started = System.nanoTime();
        try (Workstore store = LocalWorkstore.opener(Clock.systemUTC()).open(dataDir);
             BackgroundSync sync = new BackgroundSync(store.services().store(), Duration.ofSeconds(30),
                     Runnable::run, ZoneId.systemDefault())) {
            sync.start();
            DayDesk desk = new DayDesk(store, role);
            long pace = Long.getLong("clinicdesk.campaign.paceMillis", 100);
            int done = 0;
            long lastReport = 0;
            long workNanos = 0;
            long syncNanos = 0;
            while (done < patients) {
                int before = done;
                long t = System.nanoTime();
                done += switch (role) {
                    case "reception" -> desk.registerAndQueue();
                    case "nurse" -> desk.triage();
                    case "doctor" -> desk.consult();
                    default -> throw new IllegalArgumentException("role must be reception, nurse or doctor: " + role);
                };
                workNanos += System.nanoTime() - t;
                if (done > before) {
                    t = System.nanoTime();
                    sync.syncNow(); // the window syncs at once after a local save
                    syncNanos += System.nanoTime() - t;
                    if (before == 0) {
                        // the day is measured from here: before this, the store opened, the desk signed in and its
                        // first patient loaded every class of its round
                        java.nio.file.Files.writeString(dataDir.resolveSibling("ready-" + role), "");
                    }
                }
                if (done / 50 > lastReport) {
                    lastReport = done / 50;
                    System.out.printf("%s: %d of %d patients after %d s (desk work %d s, syncs %d s)%n", role, done,
                            patients, Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                            Duration.ofNanos(workNanos).toSeconds(), Duration.ofNanos(syncNanos).toSeconds());
                }
                Thread.sleep(done == before ? 1_000 : pace); // idle: the board's one-second refresh
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
            while (store.services().store().outbox().size() > 0 && System.nanoTime() < deadline) {
                sync.syncNow();
                Thread.sleep(1_000);
            }
            System.out.printf("%s: done %d patients in %d s, %d changes still waiting%n", role, done,
                    Duration.ofNanos(System.nanoTime() - started).toSeconds(), store.services().store().outbox().size());
        }
        System.exit(0);
    }

    /** Reception: looks the name up among the clinic's patients first, as at the desk, then registers and queues. */
    private int registerAndQueue() {
        board();
        String given = GeneratedPatients.GIVEN[random.nextInt(GeneratedPatients.GIVEN.length)];
        String family = GeneratedPatients.FAMILY[random.nextInt(GeneratedPatients.FAMILY.length)];
        services.patients().find(actor, given + " " + family.charAt(0));
        Patient patient = services.patients().register(actor, new PatientDetails(new PersonName(given, family),
                new DateOfBirth(LocalDate.of(1940, 1, 1).plusDays(random.nextInt(30_000)), false),
                random.nextBoolean() ? Sex.F : Sex.M, PhoneNumber.parse(GeneratedPatients.phone(random)),
                random.nextInt(300) + " Main Road", List.of()));
        services.queue().add(actor, patient, random.nextInt(10) == 0 ? Priority.URGENT : Priority.NORMAL);
        return 1;
    }

    /** Nurse: every waiting patient on the board goes through triage with vitals to the doctor. */
    private int triage() {
        int done = 0;
        for (BoardRow row : board()) {
            if (row.entry().status() == QueueStatus.WAITING) {
                services.queue().move(actor, row.entry().token(), QueueStatus.IN_TRIAGE, "");
                services.vitals().record(actor, row.patient(), new VitalSigns(60 + random.nextInt(40),
                        12 + random.nextInt(8), 110 + random.nextInt(30), 70 + random.nextInt(15),
                        36.4 + random.nextInt(15) / 10.0, 94 + random.nextInt(6), SpO2Scale.SCALE_1, false, Acvpu.A,
                        null, null));
                services.queue().move(actor, row.entry().token(), QueueStatus.READY_FOR_DOCTOR, "");
                done++;
            }
        }
        return done;
    }

    /** Doctor: every patient ready on the board is seen, the note written and signed, the visit completed. */
    private int consult() {
        int done = 0;
        for (BoardRow row : board()) {
            if (row.entry().status() == QueueStatus.READY_FOR_DOCTOR) {
                services.queue().move(actor, row.entry().token(), QueueStatus.IN_CONSULTATION, "");
                services.notes().writeAndSign(actor, row.patient(), NoteContent.of(new SoapText(
                        "Fever and cough for " + (1 + random.nextInt(7)) + " days", "Chest clear",
                        "Viral upper respiratory infection", "Paracetamol 650 mg TDS for 3 days; fluids; review if worse")));
                services.queue().move(actor, row.entry().token(), QueueStatus.COMPLETED, "");
                done++;
            }
        }
        return done;
    }

    private List<BoardRow> board() {
        return services.queue().board(actor);
    }
}
