package org.clinicdesk.app.gui.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import org.clinicdesk.app.gui.common.LocalWorkstore;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.setup.DemoSetup;

/** The real H2 store the window tests run on, in their temporary folder, with the demo clinic's users (one per role) and no patients. */
public final class TestStores {
    private TestStores() {
    }

    /** A store for a window test; tests other than the recovery key's own do not stop at its once-only view. */
    public static Workstore open(Path dataDir) {
        Workstore store = LocalWorkstore.opener(Clock.systemUTC()).open(dataDir);
        store.recoveryKeyShown();
        return store;
    }

    public static Workstore openWithUsers(Path dataDir) {
        Workstore store = open(dataDir);
        DemoSetup.prepare(store, DemoSetup::addStaff);
        return store;
    }
}
