package org.clinicdesk.storage.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.clinicdesk.core.flags.FlagKind;
import org.clinicdesk.core.flags.FlagRecord;
import org.clinicdesk.core.flags.FlagSeverity;
import org.clinicdesk.core.flags.FlagState;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A patient's flags and their life cycle kept in the real store's {@code clinical_flag} table. */
class FlagRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    @TempDir
    Path dir;

    private static FlagRecord flag(UUID id, UUID patient, String key, FlagState state, String reason, Instant at) {
        return new FlagRecord(id, patient, key, FlagKind.INTERACTION, FlagSeverity.HIGH, state,
                "warfarin with aspirin: bleeding risk", reason, "dr.mehta", at, "kb-2026.1");
    }

    @Test
    void aFlagsLaterStateReplacesItsEarlierOneAndSurvivesReopening() {
        UUID id = UUID.randomUUID();
        UUID patientId;
        try (LocalStore store = TestStores.openInitialised(dir)) {
            Patient p = TestStores.savedPatient(store, 1, "Asha Rao", null);
            patientId = p.id();
            store.context().tx().run(() -> store.flags().save(flag(id, p.id(), "ddi:warfarin|aspirin",
                    FlagState.RAISED, "", T0)));
            store.context().tx().run(() -> store.flags().save(flag(id, p.id(), "ddi:warfarin|aspirin",
                    FlagState.OVERRIDDEN, "  short course, INR checked  ", T0.plusSeconds(60))));
        }
        try (LocalStore store = LocalStore.open(dir, Clock.systemUTC())) {
            assertThat(store.context().tx().inTransaction(() -> store.flags().forPatient(patientId)))
                    .singleElement().satisfies(f -> {
                        assertThat(f.id()).isEqualTo(id);
                        assertThat(f.state()).isEqualTo(FlagState.OVERRIDDEN);
                        assertThat(f.reason()).isEqualTo("short course, INR checked");
                        assertThat(f.kind()).isEqualTo(FlagKind.INTERACTION);
                        assertThat(f.severity()).isEqualTo(FlagSeverity.HIGH);
                        assertThat(f.explanation()).isEqualTo("warfarin with aspirin: bleeding risk");
                        assertThat(f.changedBy()).isEqualTo("dr.mehta");
                        assertThat(f.changedAt()).isEqualTo(T0.plusSeconds(60));
                        assertThat(f.knowledgeVersion()).isEqualTo("kb-2026.1");
                    });
        }
    }

    @Test
    void aPatientsFlagsComeInTheOrderTheyChangedAndNotAnotherPatients() {
        try (LocalStore store = TestStores.openInitialised(dir)) {
            Patient asha = TestStores.savedPatient(store, 1, "Asha Rao", null);
            Patient ravi = TestStores.savedPatient(store, 2, "Ravi Shankar", null);
            store.context().tx().run(() -> {
                store.flags().save(flag(UUID.randomUUID(), asha.id(), "late", FlagState.RAISED, "", T0.plusSeconds(9)));
                store.flags().save(flag(UUID.randomUUID(), asha.id(), "early", FlagState.RAISED, "", T0));
                store.flags().save(flag(UUID.randomUUID(), ravi.id(), "other", FlagState.RAISED, "", T0));
            });
            assertThat(store.context().tx().inTransaction(() -> store.flags().forPatient(asha.id())))
                    .extracting(FlagRecord::flagKey).containsExactly("early", "late");
            assertThat(TestStores.count(store, "SELECT COUNT(*) FROM clinical_flag")).isEqualTo(3);
        }
    }
}
