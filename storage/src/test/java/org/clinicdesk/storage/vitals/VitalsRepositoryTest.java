package org.clinicdesk.storage.vitals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.News2;
import org.clinicdesk.core.vitals.SpO2Scale;
import org.clinicdesk.core.vitals.VitalSigns;
import org.clinicdesk.core.vitals.Vitals;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VitalsRepositoryTest {
    static final Instant MORNING = Instant.parse("2026-11-21T04:00:00.5Z");
    @TempDir
    Path dir;

    @Test
    void vitalsWithNews2RoundTripAndTheLatestComesFirst() {
        try (LocalStore store = TestStores.openInitialised(dir)) {
            Patient p = TestStores.savedPatient(store, 1, "Asha Rao", null);
            VitalSigns poorly = new VitalSigns(131, 25, 88, 50, 39.2, 87, SpO2Scale.SCALE_2, true, Acvpu.C, 61.5, 158.0);
            VitalSigns well = new VitalSigns(72, 14, 120, 80, 36.8, 98, SpO2Scale.SCALE_1, false, Acvpu.A, null, null);
            Vitals first = new Vitals(store.context().ids().newId(), p.id(), MORNING, "nurse", well, News2.score(well));
            Vitals later = new Vitals(store.context().ids().newId(), p.id(), MORNING.plusSeconds(3600), "nurse", poorly,
                    News2.score(poorly));
            store.context().tx().run(() -> {
                store.vitals().save(first);
                store.vitals().save(later);
            });

            assertThat(store.vitals().latestFor(p.id())).contains(later);
            assertThat(store.vitals().forPatient(p.id())).containsExactly(later, first);
            assertThat(store.vitals().existsSince(p.id(), MORNING)).isTrue();
            assertThat(store.vitals().existsSince(p.id(), MORNING.plusSeconds(3601))).isFalse();
            assertThat(store.vitals().latestFor(store.context().ids().newId())).isEmpty();
        }
    }
}
