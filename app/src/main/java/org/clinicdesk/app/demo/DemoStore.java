package org.clinicdesk.app.demo;

import java.nio.file.Path;
import java.time.Clock;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.UuidV7Generator;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.storage.LocalStore;

/**
 * A ready-made demo clinic in a directory of its own (for the window's {@code --demo}): site D, admin
 * {@code admin} and the demo staff, all with {@link DemoData#DEMO_PASSWORD}, and a day of patients.
 */
public final class DemoStore {
    public static final SiteCode SITE = new SiteCode("D");
    public static final String ADMIN = "admin";

    private DemoStore() {
    }

    /** Creates and fills the store in {@code dataDir}, which should be new and empty; the caller closes it. */
    public static LocalStore create(Path dataDir, Clock clock, int patients) {
        LocalStore store = LocalStore.open(dataDir, clock);
        try {
            ClinicServices services = ClinicServices.over(store);
            char[] password = DemoData.DEMO_PASSWORD.toCharArray();
            store.context().tx().run(() -> {
                store.initialise(new SiteSettings(SITE, "ClinicDesk demo clinic", new UuidV7Generator(clock).newId()));
                services.users().addFirstAdmin(ADMIN, password, SITE);
            });
            Actor admin = services.users().signIn(ADMIN, password, SITE);
            new DemoData(services, admin).fill(new DemoData.Options(patients, DemoData.DEFAULT_SEED, password));
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
