package org.clinicdesk.storage.site;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.site.ClinicSettingsRepository;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.storage.db.HibernateUnitOfWork;

/**
 * The clinic's shared settings in the synced {@code clinic_setting} table. A setting's row id is derived from the
 * clinic id and the setting's name, so two desks that set the same name while offline write the same row and sync
 * keeps the last writer, instead of leaving two rows that disagree. The settings are read on every screen (date
 * order, idle lock), so they are held in memory: loaded when the store opens and again whenever sync has written rows
 * ({@link #reload}, on the sync's own thread), dropped when a setting is written here. A screen never waits on the
 * database for them.
 */
public final class HibernateClinicSettings implements ClinicSettingsRepository {
    public static final List<Class<?>> ENTITIES = List.of(ClinicSettingEntity.class);
    private final HibernateUnitOfWork tx;
    private final SiteSettingsStore site;
    private volatile Map<String, String> cached;

    public HibernateClinicSettings(HibernateUnitOfWork tx, SiteSettingsStore site) {
        this.tx = tx;
        this.site = site;
    }

    /** The row id of setting {@code name} in clinic {@code clinicId}: the same on every desk. */
    public static UUID rowId(UUID clinicId, String name) {
        return UUID.nameUUIDFromBytes(("clinicdesk clinic_setting " + clinicId + " " + name)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Map<String, String> all() {
        Map<String, String> known = cached;
        if (known == null) {
            known = load();
            cached = known;
        }
        return known;
    }

    /** Reads the settings again (after sync wrote rows with plain JDBC). */
    public void reload() {
        cached = null;
        cached = load();
    }

    private Map<String, String> load() {
        return tx.withSession(session -> session.createQuery(
                        "from ClinicSettingEntity where deleted = false order by name", ClinicSettingEntity.class)
                .getResultList().stream()
                .collect(Collectors.toMap(ClinicSettingEntity::name, ClinicSettingEntity::value, (a, b) -> b,
                        LinkedHashMap::new)));
    }

    @Override
    public void put(String name, String value) {
        UUID clinicId = site.current().map(SiteSettings::clinicId).orElseThrow(() -> new RuleViolationException(
                "This desktop is not set up yet; run 'clinicdesk init' first."));
        UUID id = rowId(clinicId, name);
        tx.withSession(session -> {
            ClinicSettingEntity row = session.get(ClinicSettingEntity.class, id);
            if (row == null) {
                session.persist(new ClinicSettingEntity(id, name, value));
            } else {
                row.value(value);
            }
            cached = null;
            return null;
        });
    }

    @Override
    public Set<SiteCode> knownSites() {
        // Every desk writes audit events from its first sign-in on, and they all sync: the widest record of desks.
        return tx.withSession(session -> session.doReturningWork(connection -> {
            Set<SiteCode> sites = new TreeSet<>(java.util.Comparator.comparing(SiteCode::value));
            try (var st = connection.createStatement();
                 var rs = st.executeQuery("SELECT DISTINCT site FROM audit_event UNION SELECT site FROM site_settings")) {
                while (rs.next()) {
                    sites.add(new SiteCode(rs.getString(1)));
                }
            }
            return sites;
        }));
    }
}
