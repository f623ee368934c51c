package org.clinicdesk.storage.site;

import java.util.List;
import java.util.Optional;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.storage.db.HibernateUnitOfWork;

/** This desktop's site settings: written once by {@code init}, then only read (from the cache). */
public final class SiteSettingsStore {
    public static final List<Class<?>> ENTITIES = List.of(SiteSettingsEntity.class);
    private final HibernateUnitOfWork tx;

    public SiteSettingsStore(HibernateUnitOfWork tx) {
        this.tx = tx;
    }

    /** The id this store was given when it was created; empty before {@code init}. */
    public Optional<java.util.UUID> storeId() {
        return tx.withSession(session -> Optional.ofNullable(
                session.get(SiteSettingsEntity.class, SiteSettingsEntity.THE_ROW)).map(SiteSettingsEntity::storeId));
    }

    public Optional<SiteSettings> current() {
        return tx.withSession(session -> Optional.ofNullable(
                session.get(SiteSettingsEntity.class, SiteSettingsEntity.THE_ROW)).map(SiteSettingsEntity::toSettings));
    }

    /** Stores the settings once; the same site again is accepted (init is re-runnable), another site is refused. */
    public SiteSettings initialise(SiteSettings settings, java.util.UUID storeId) {
        return tx.withSession(session -> {
            SiteSettingsEntity existing = session.get(SiteSettingsEntity.class, SiteSettingsEntity.THE_ROW);
            if (existing == null) {
                session.persist(new SiteSettingsEntity(settings, storeId));
                return settings;
            }
            SiteSettings stored = existing.toSettings();
            if (!stored.site().equals(settings.site())) {
                throw new RuleViolationException("This store belongs to site " + stored.site() + " (" + stored.clinicName()
                        + "); it cannot become site " + settings.site() + ". Use another data directory for another site.");
            }
            return stored;
        });
    }
}
