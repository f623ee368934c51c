package org.clinicdesk.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientStatus;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;

/** Shared helpers for storage tests: a real store in a temporary directory, initialised as site A. */
public final class TestStores {
    public static final SiteCode SITE = new SiteCode("A");
    public static final UUID CLINIC = UUID.fromString("0190a000-0000-7000-8000-000000000001");

    private TestStores() {
    }

    public static LocalStore openInitialised(Path dir) {
        LocalStore store = LocalStore.open(dir, Clock.systemUTC());
        store.initialise(new SiteSettings(SITE, "Green Valley Clinic", CLINIC));
        return store;
    }

    public static Actor actor(Role role) {
        return new Actor(UUID.randomUUID(), role.name().toLowerCase(java.util.Locale.ROOT), role, SITE);
    }

    public static Patient patient(LocalStore store, long serial, String name, String phone) {
        return new Patient(store.context().ids().newId(), new Uhid(SITE, serial), PersonName.parse(name),
                new DateOfBirth(LocalDate.of(1980, 5, 17), false), Sex.F, phone == null ? null : PhoneNumber.parse(phone),
                "12 Market Road", List.of("penicillin", "latex"), PatientStatus.ACTIVE);
    }

    public static Patient savedPatient(LocalStore store, long serial, String name, String phone) {
        Patient p = patient(store, serial, name, phone);
        store.context().tx().run(() -> store.patients().save(p));
        return p;
    }

    public static long count(LocalStore store, String sql, Object... params) {
        try (Connection c = store.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int execute(LocalStore store, String sql, Object... params) throws SQLException {
        try (Connection c = store.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }
}
