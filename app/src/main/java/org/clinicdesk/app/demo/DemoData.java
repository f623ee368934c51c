package org.clinicdesk.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.users.User;

/**
 * Fills a store with a believable clinic day through the same use cases the desk uses: staff (reception, nurse,
 * doctor), registered patients and today's queue in every state, with vitals and notes. The same seed gives the
 * same patients and the same day. Used by {@code clinicdesk demo-data} and, through {@link #fillDay(ClinicServices,
 * long, int, char[])}, by the window's {@code --demo}.
 */
public final class DemoData {
    /** The staff's password when none is given (documented in the command's help). */
    public static final String DEMO_PASSWORD = "clinicdesk-demo";
    public static final long DEFAULT_SEED = 20_240_601L;

    /** What to make: how many patients, from which seed, and the staff's password. */
    public record Options(int patients, long seed, char[] staffPassword) {
        public Options {
            if (patients < 1 || patients > 10_000) {
                throw new ValidationException("patients", patients + " is not between 1 and 10000");
            }
        }
    }

    /** What was made. */
    public record Summary(int patients, int queued, int vitals, int notes, List<String> staffAdded) {
    }

    private static final QueueStatus[] DAY = {QueueStatus.COMPLETED, QueueStatus.COMPLETED, QueueStatus.IN_CONSULTATION,
            QueueStatus.READY_FOR_DOCTOR, QueueStatus.READY_FOR_DOCTOR, QueueStatus.IN_TRIAGE, QueueStatus.WAITING,
            QueueStatus.WAITING, QueueStatus.CANCELLED, QueueStatus.NO_SHOW, QueueStatus.WAITING, QueueStatus.COMPLETED};

    private final ClinicServices services;

    public DemoData(ClinicServices services) {
        this.services = services;
    }

    /**
     * What {@code clinicdesk demo-data} does: the staff (those missing), then the day. Refused, before anything is
     * written, on a store that has patients the generator did not make (see {@link DemoStoreMark}).
     */
    public Summary fill(Actor admin, Options options) {
        mark().refuseRealPatients(services.patients().count(admin));
        List<String> added = addStaff(admin, options.staffPassword());
        Summary day = fillDay(options);
        return new Summary(day.patients(), day.queued(), day.vitals(), day.notes(), added);
    }

    /**
     * The window's demo filler ({@code DemoSetup.DemoFiller}): fills the day once users reception, nurse and doctor
     * exist with {@code staffPassword}.
     */
    public static void fillDay(ClinicServices services, long seed, int patients, char[] staffPassword) {
        new DemoData(services).fillDay(new Options(patients, seed, staffPassword));
    }

    /** Adds users reception, nurse and doctor where they do not exist yet; returns the names added. */
    public List<String> addStaff(Actor admin, char[] password) {
        List<String> existing = services.users().all(admin).stream().map(User::username).toList();
        List<String> added = new ArrayList<>();
        for (Role role : List.of(Role.RECEPTION, Role.NURSE, Role.DOCTOR)) {
            String name = role.name().toLowerCase(java.util.Locale.ROOT);
            if (!existing.contains(name)) {
                services.users().add(admin, name, "Demo " + role.label().toLowerCase(java.util.Locale.ROOT), role, password);
                added.add(name);
            }
        }
        return added;
    }

    /** Registers the patients and runs today's queue, signed in as the staff; all of it or nothing. */
    public Summary fillDay(Options options) {
        SiteCode site = services.store().siteSettings().orElseThrow(
                () -> new IllegalStateException("The store has no site yet; initialise it first")).site();
        Actor reception = services.users().signIn("reception", options.staffPassword(), site);
        Actor nurse = services.users().signIn("nurse", options.staffPassword(), site);
        Actor doctor = services.users().signIn("doctor", options.staffPassword(), site);
        Random random = new Random(options.seed());
        DemoStoreMark mark = mark();
        long before = services.patients().count(reception);
        mark.refuseRealPatients(before);
        Summary made = services.store().context().tx().inTransaction(() -> {
            DemoPeople people = new DemoPeople(random, services.store().context().today());
            DemoClinical clinical = new DemoClinical(random);
            List<Patient> patients = new ArrayList<>();
            PatientDetails previous = null;
            for (int i = 0; i < options.patients(); i++) {
                PatientDetails details = i == 4 && previous != null ? people.likelyDuplicateOf(previous) : people.next();
                patients.add(services.patients().register(reception, details));
                previous = details;
            }
            Day day = new Day(reception, nurse, doctor, clinical);
            for (int i = 0; i < Math.min(DAY.length, patients.size()); i++) {
                day.queue(patients.get(i), DAY[i], i == 10 ? Priority.EMERGENCY : i % 4 == 3 ? Priority.URGENT
                        : Priority.NORMAL);
            }
            return new Summary(patients.size(), day.queued, day.vitals, day.notes, List.of());
        });
        mark.recordDemoPatients(before + made.patients());
        return made;
    }

    private DemoStoreMark mark() {
        return new DemoStoreMark(services.store().dataDir());
    }

    /** Walks each queued patient through the day as the right person: reception, nurse, doctor. */
    private final class Day {
        private final Actor reception;
        private final Actor nurse;
        private final Actor doctor;
        private final DemoClinical clinical;
        private int queued;
        private int vitals;
        private int notes;

        Day(Actor reception, Actor nurse, Actor doctor, DemoClinical clinical) {
            this.reception = reception;
            this.nurse = nurse;
            this.doctor = doctor;
            this.clinical = clinical;
        }

        void queue(Patient patient, QueueStatus target, Priority priority) {
            QueueEntry entry = services.queue().add(reception, patient, priority);
            queued++;
            if (target == QueueStatus.CANCELLED || target == QueueStatus.NO_SHOW) {
                services.queue().move(reception, entry.token(), target,
                        target == QueueStatus.CANCELLED ? "Patient left to come back tomorrow" : "Did not answer the call");
                return;
            }
            if (target.stage() < QueueStatus.IN_TRIAGE.stage()) {
                return;
            }
            services.queue().move(nurse, entry.token(), QueueStatus.IN_TRIAGE, "");
            services.vitals().record(nurse, patient, clinical.vitals());
            vitals++;
            if (target == QueueStatus.IN_TRIAGE) {
                return;
            }
            services.queue().move(nurse, entry.token(), QueueStatus.READY_FOR_DOCTOR, "");
            if (target == QueueStatus.READY_FOR_DOCTOR) {
                return;
            }
            services.queue().move(doctor, entry.token(), QueueStatus.IN_CONSULTATION, "");
            SoapNote note = services.notes().draft(doctor, patient, clinical.note());
            notes++;
            if (target == QueueStatus.COMPLETED) {
                services.notes().sign(doctor, note.id());
                services.queue().move(doctor, entry.token(), QueueStatus.COMPLETED, "");
            }
        }
    }
}
