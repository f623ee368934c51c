package org.clinicdesk.app.gui.setup;

import java.util.UUID;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.app.ClinicSetup;
import org.clinicdesk.app.demo.DemoData;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;

/**
 * {@code --demo}: a clinic with one user per role (password {@value #PASSWORD}) and a morning's patients, made by the
 * same generator as {@code clinicdesk demo-data}.
 */
public final class DemoSetup {
    public static final String PASSWORD = DemoData.DEMO_PASSWORD;
    public static final SiteCode SITE = new SiteCode("A");
    private static final int DEMO_PATIENTS = 40;

    /** What to put in the demo clinic once it has its site and administrator. */
    @FunctionalInterface
    public interface DemoFiller {
        void fill(ClinicServices services, Actor admin, char[] staffPassword);
    }

    private DemoSetup() {
    }

    /** Sets up the demo clinic on an empty store; a store that already has a site is left as it is. */
    public static void prepare(Workstore store, DemoFiller filler) {
        store.recoveryKeyShown(); // a throwaway demo store: its recovery key is worth nothing on paper
        if (store.siteSettings().isPresent()) {
            return;
        }
        ClinicServices s = store.services();
        var admin = ClinicSetup.createClinic(s, new SiteSettings(SITE, "Demo clinic", UUID.randomUUID()), "admin",
                PASSWORD.toCharArray());
        filler.fill(s, new Actor(admin.id(), admin.username(), Role.ADMIN, SITE), PASSWORD.toCharArray());
    }

    /**
     * The window's {@code --demo}: the clinic and its staff while the store opens (so the sign-in form is usable
     * within seconds), then the day ({@link #clinicDay}'s patients, queue, vitals and notes, one transaction) on a
     * daemon thread of its own; the board shows it once it is committed.
     */
    public static void prepareWithDayInBackground(Workstore store) {
        prepare(store, (s, admin, password) -> {
            addStaff(s, admin, password);
            Thread day = new Thread(() -> DemoData.fillDay(s, DemoData.DEFAULT_SEED, DEMO_PATIENTS, password),
                    "demo-day");
            day.setDaemon(true);
            day.start();
        });
    }

    /** One user per role besides the administrator: reception, nurse and doctor. */
    public static void addStaff(ClinicServices s, Actor admin, char[] password) {
        new DemoData(s).addStaff(admin, password);
    }

    /** Staff, forty registered patients and today's queue in every state, with vitals and notes. */
    public static void clinicDay(ClinicServices s, Actor admin, char[] password) {
        new DemoData(s).fill(admin, new DemoData.Options(DEMO_PATIENTS, DemoData.DEFAULT_SEED, password));
    }
}
