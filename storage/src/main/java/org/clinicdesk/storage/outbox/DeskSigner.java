package org.clinicdesk.storage.outbox;

import java.util.Optional;
import org.clinicdesk.storage.keys.DeskKeys;

/** Holds this desk's keys once the store has them (made when the store becomes a site), for the outbox listener. */
public final class DeskSigner {
    private volatile DeskKeys keys;

    public void use(DeskKeys deskKeys) {
        this.keys = deskKeys;
    }

    public Optional<DeskKeys> current() {
        return Optional.ofNullable(keys);
    }

    DeskKeys require() {
        DeskKeys k = keys;
        if (k == null) {
            throw new IllegalStateException("This store has no desk key yet: it must become a site (init) before users "
                    + "or audit events are written");
        }
        return k;
    }
}
