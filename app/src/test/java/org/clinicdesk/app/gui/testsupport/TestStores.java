package org.clinicdesk.app.gui.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.setup.DemoSetup;

/** The store the window tests run on, with the demo clinic's users (one per role) and no patients. */
public final class TestStores {
    private TestStores() {
    }

    public static Workstore open(Path dataDir) {
        return new MemoryWorkstore(Clock.systemDefaultZone());
    }

    public static Workstore openWithUsers(Path dataDir) {
        Workstore store = open(dataDir);
        DemoSetup.prepare(store, (services, seed, patients) -> { });
        return store;
    }
}
