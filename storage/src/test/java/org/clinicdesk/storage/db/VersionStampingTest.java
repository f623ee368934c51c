package org.clinicdesk.storage.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.clinicdesk.core.common.HlcTimestamp;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.clinicdesk.storage.outbox.OutboxRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionStampingTest {
    @TempDir
    Path dir;

    private static String version(LocalStore store, String table, Object id) {
        return store.unitOfWork().withSession(s -> (String) s.createNativeQuery(
                "SELECT version FROM " + table + " WHERE id = :id", String.class).setParameter("id", id).getSingleResult());
    }

    @Test
    void everyInsertAndUpdateGetsAStrictlyIncreasingVersionAndTheSite() {
        try (LocalStore store = TestStores.openInitialised(dir)) {
            Patient p = TestStores.savedPatient(store, 1, "Asha Rao", null);
            String v1 = version(store, "patient", p.id());
            for (int i = 0; i < 5; i++) {
                Patient edited = new Patient(p.id(), p.uhid(), p.name(), p.dateOfBirth(), p.sex(),
                        PhoneNumber.parse("98450" + (10000 + i)), p.address(), p.allergies(), p.status());
                store.context().tx().run(() -> store.patients().save(edited));
            }
            List<OutboxRow> rows = store.outbox().after(0, 100);
            assertThat(rows).hasSize(6);
            assertThat(rows).extracting(OutboxRow::version).isSorted().doesNotHaveDuplicates();
            assertThat(rows.get(0).version()).isEqualTo(v1);
            assertThat(version(store, "patient", p.id())).isEqualTo(rows.get(5).version());
            assertThat(TestStores.count(store, "SELECT COUNT(*) FROM patient WHERE site = 'A'")).isEqualTo(1);
            assertThat(HlcTimestamp.decode(rows.get(5).version()).site()).isEqualTo("A");
        }
    }

    @Test
    void versionsNeverGoBackwardsAfterARestartWithTheWallClockBehind() {
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofHours(2));
        String before;
        try (LocalStore store = LocalStore.open(dir, ahead)) {
            store.initialise(new SiteSettings(TestStores.SITE, "Green Valley Clinic", TestStores.CLINIC));
            Patient p = TestStores.savedPatient(store, 1, "Asha Rao", null);
            before = version(store, "patient", p.id());
        }
        try (LocalStore store = LocalStore.open(dir, Clock.systemUTC())) {
            Patient q = TestStores.savedPatient(store, 2, "Ravi Shankar", null);
            String after = version(store, "patient", q.id());
            assertThat(HlcTimestamp.decode(after)).isGreaterThan(HlcTimestamp.decode(before));
        }
    }
}
