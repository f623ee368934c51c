package org.clinicdesk.app.gui.common;

import java.nio.file.Path;
import java.util.Optional;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.core.site.SiteSettings;

/** The open store as the window needs it: the use cases, the site, a cheap change marker and its health. */
public interface Workstore extends AutoCloseable {
    ClinicServices services();

    Optional<SiteSettings> siteSettings();

    /**
     * Records only this desk's site: a desk joining a clinic whose users arrive by sync. A new clinic is created
     * with its first administrator through {@link org.clinicdesk.app.ClinicSetup}.
     */
    void initialise(SiteSettings settings);

    /**
     * A number that changes whenever anything is written to the store, by this window or another one; cheap
     * enough to read every second.
     */
    long changeMarker();

    StoreHealth health();

    /** The audit trail, for reviewing what the window did. */
    org.clinicdesk.core.audit.AuditLog auditLog();

    Path dataDir();

    /** The store's recovery key when this open made it (a new store, or an old one encrypted now): show it once. */
    default Optional<String> recoveryKeyToShow() {
        return Optional.empty();
    }

    /** A person confirmed they wrote the recovery key down; it is not offered again. */
    default void recoveryKeyShown() {
    }

    @Override
    void close();
}
