package org.clinicdesk.app.gui.common;

import java.nio.file.Path;

/** Opens the store in a data directory; slow (migrations, Hibernate), so never called on the FX thread. */
@FunctionalInterface
public interface StoreOpener {
    Workstore open(Path dataDir);
}
