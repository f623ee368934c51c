package org.clinicdesk.app.gui.common;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.time.Clock;
import java.util.Optional;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.core.audit.AuditLog;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.keys.StoreAccess;

/** The workstation over the embedded H2 {@link LocalStore}. */
public final class LocalWorkstore implements Workstore {
    private static final String MARKER_SQL = "SELECT (SELECT MAX(version) FROM queue_entry), "
            + "(SELECT MAX(version) FROM patient), (SELECT MAX(version) FROM vitals), "
            + "(SELECT feed_position FROM sync_state WHERE id = 1)";
    private final LocalStore store;
    private final ClinicServices services;

    private LocalWorkstore(LocalStore store) {
        this.store = store;
        this.services = ClinicServices.over(store);
    }

    /** This computer's desk key; an old plain store is encrypted on open and its recovery key shown once. */
    public static StoreOpener opener(Clock clock) {
        return opener(clock, StoreAccess.thisComputer());
    }

    /** With another key folder (the demo's throwaway one). */
    public static StoreOpener opener(Clock clock, StoreAccess access) {
        return dataDir -> new LocalWorkstore(LocalStore.open(dataDir, clock, access));
    }

    @Override
    public ClinicServices services() {
        return services;
    }

    @Override
    public Optional<SiteSettings> siteSettings() {
        return store.siteSettings();
    }

    /**
     * The newest version stamps of the tables the board shows, and the sync feed position. A local write stamps a
     * new hybrid-clock version; a pulled row keeps its (possibly older) remote version, but every pull that brings
     * rows moves the feed position. Each {@code version} column is indexed, so this stays a few index look-ups.
     */
    @Override
    public void initialise(SiteSettings settings) {
        store.initialise(settings);
    }

    @Override
    public long changeMarker() {
        try (Connection c = store.dataSource().getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(MARKER_SQL)) {
            rs.next();
            return Objects.hash(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4));
        } catch (SQLException e) {
            throw new IllegalStateException("The local store does not answer: " + e.getMessage(), e);
        }
    }

    @Override
    public StoreHealth health() {
        try {
            changeMarker();
            return StoreHealth.OK;
        } catch (IllegalStateException e) {
            return StoreHealth.FAILING;
        }
    }

    @Override
    public AuditLog auditLog() {
        return store.auditLog();
    }

    @Override
    public Path dataDir() {
        return store.dataDir();
    }

    @Override
    public Optional<String> recoveryKeyToShow() {
        return store.recoveryKeyToShow().map(org.clinicdesk.storage.keys.RecoveryKey::formatted);
    }

    @Override
    public void recoveryKeyShown() {
        store.recoveryKeyShown();
    }

    @Override
    public void close() {
        store.close();
    }
}
