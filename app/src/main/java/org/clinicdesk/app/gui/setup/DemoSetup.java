package org.clinicdesk.app.gui.setup;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.SpO2Scale;
import org.clinicdesk.core.vitals.VitalSigns;

/**
 * {@code --demo}: a clinic with one user per role (password {@value #PASSWORD}) and a morning's patients. The
 * patients come from {@link DemoFiller}; until the command line's demo generator is merged a small built-in one
 * stands in.
 */
public final class DemoSetup {
    public static final String PASSWORD = "demo-pass-1";
    public static final SiteCode SITE = new SiteCode("A");

    /**
     * Adds the staff and the patients to a store that has its site and administrator. The command line's generator
     * fits as {@code (s, admin, pw) -> new DemoData(s, admin).fill(new DemoData.Options(40, DemoData.DEFAULT_SEED, pw))}.
     */
    @FunctionalInterface
    public interface DemoFiller {
        void fill(ClinicServices services, Actor admin, char[] staffPassword);
    }

    private DemoSetup() {
    }

    /** Sets up the demo clinic on an empty store; a store that already has a site is left as it is. */
    public static void prepare(Workstore store, DemoFiller filler) {
        if (store.siteSettings().isPresent()) {
            return;
        }
        store.initialise(new SiteSettings(SITE, "Demo clinic", UUID.randomUUID()));
        ClinicServices s = store.services();
        var admin = s.users().addFirstAdmin("admin", PASSWORD.toCharArray(), SITE);
        filler.fill(s, new Actor(admin.id(), admin.username(), Role.ADMIN, SITE), PASSWORD.toCharArray());
    }

    /** One user per role besides the administrator: reception, nurse and doctor. */
    public static void addStaff(ClinicServices s, Actor admin, char[] password) {
        s.users().add(admin, "reception", "Asha Reception", Role.RECEPTION, password);
        s.users().add(admin, "nurse", "Meera Nurse", Role.NURSE, password);
        s.users().add(admin, "doctor", "Dr Rao", Role.DOCTOR, password);
    }

    /** The stand-in generator: staff, forty registered patients, eight of them in today's queue at different stages. */
    public static void builtInFill(ClinicServices s, Actor admin, char[] password) {
        addStaff(s, admin, password);
        int patients = 40;
        Random random = new Random(42L);
        List<String> given = List.of("Aarav", "Priya", "Rahul", "Sunita", "Vikram", "Anjali", "Mohan", "Kavya",
                "Imran", "Fatima", "Joseph", "Mary", "Arjun", "Lakshmi", "Ravi", "Neha");
        List<String> family = List.of("Sharma", "Patel", "Iyer", "Khan", "Reddy", "Nair", "Das", "Singh",
                "Menon", "Gupta", "Fernandes", "Bose");
        var users = s.users();
        Actor reception = users.signIn("reception", password, SITE);
        Actor nurse = users.signIn("nurse", password, SITE);
        LocalDate today = LocalDate.now();
        for (int i = 0; i < patients; i++) {
            String name = given.get(random.nextInt(given.size())) + " " + family.get(random.nextInt(family.size()));
            var details = new PatientDetails(PersonName.parse(name),
                    DateOfBirth.exact(today.minusDays(365L + random.nextInt(365 * 80)), today),
                    random.nextBoolean() ? Sex.F : Sex.M,
                    PhoneNumber.parse("98" + (10_000_000 + random.nextInt(89_999_999))), "", List.of());
            var patient = s.patients().register(reception, details);
            if (i < 8) {
                Priority priority = i == 5 ? Priority.EMERGENCY : i % 3 == 0 ? Priority.URGENT : Priority.NORMAL;
                var entry = s.queue().add(reception, patient, priority);
                if (i < 3) {
                    s.queue().move(nurse, entry.token(), QueueStatus.IN_TRIAGE, "");
                }
                if (i < 3) {
                    s.vitals().record(nurse, patient, new VitalSigns(70 + random.nextInt(40), 14 + random.nextInt(8),
                            110 + random.nextInt(40), 70 + random.nextInt(15), 36.5 + random.nextInt(15) / 10.0,
                            94 + random.nextInt(6), SpO2Scale.SCALE_1, false, Acvpu.A, null, null));
                }
                if (i < 2) {
                    s.queue().move(nurse, entry.token(), QueueStatus.READY_FOR_DOCTOR, "");
                }
            }
        }
        users.signOut(reception);
        users.signOut(nurse);
    }
}
