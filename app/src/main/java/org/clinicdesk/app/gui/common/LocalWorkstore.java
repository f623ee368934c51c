package org.clinicdesk.app.gui.common;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.core.audit.AuditLog;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.storage.LocalStore;

/** The workstation over the embedded H2 {@link LocalStore}. */
public final class LocalWorkstore implements Workstore {
    private final LocalStore store;
    private final ClinicServices services;

    private LocalWorkstore(LocalStore store) {
        this.store = store;
        this.services = ClinicServices.over(store);
    }

    public static StoreOpener opener(Clock clock) {
        return dataDir -> new LocalWorkstore(LocalStore.open(dataDir, clock));
    }

    @Override
    public ClinicServices services() {
        return services;
    }

    @Override
    public Optional<SiteSettings> siteSettings() {
        return store.siteSettings();
    }

    @Override
    public void initialise(SiteSettings settings) {
        store.initialise(settings);
    }

    /** Every write is audited in the same transaction, so the audit chain heads move with every change. */
    @Override
    public long changeMarker() {
        AuditLog log = store.auditLog();
        return store.context().tx().inTransaction(() -> log.sites().stream()
                .map(log::head)
                .flatMap(Optional::stream)
                .mapToLong(AuditLog.ChainHead::sequence)
                .sum());
    }

    @Override
    public StoreHealth health() {
        try {
            changeMarker();
            return StoreHealth.OK;
        } catch (RuntimeException e) {
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
    public void close() {
        store.close();
    }
}
