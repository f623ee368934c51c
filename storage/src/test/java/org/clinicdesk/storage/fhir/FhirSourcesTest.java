package org.clinicdesk.storage.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clinicdesk.core.fhir.ImportedSource;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a FHIR import remembers of its source records, so that the same bundle imported again adds nothing. */
class FhirSourcesTest {
    @TempDir
    Path dir;

    private static ImportedSource source(String key, UUID patient) {
        return new ImportedSource(key, "Observation", UUID.randomUUID(), patient, "synthea.json",
                Instant.parse("2026-11-30T08:00:00Z"), "admin");
    }

    @Test
    void aRememberedSourceIsFoundByItsKeyAndAnUnknownOneIsNot() {
        try (LocalStore store = TestStores.openInitialised(dir)) {
            UUID patient = UUID.randomUUID();
            ImportedSource s = source("identifier:urn:oid:1.2|MRN-7", patient);
            store.context().tx().run(() -> store.fhirSources().remember(s));
            assertThat(store.context().tx().inTransaction(() -> store.fhirSources().find(s.key()))).contains(s);
            assertThat(store.context().tx().inTransaction(() -> store.fhirSources().find("Patient/unknown"))).isEmpty();
        }
    }

    @Test
    void findingMoreKeysThanOneQueryTakesStillFindsEveryOne() {
        try (LocalStore store = TestStores.openInitialised(dir)) {
            UUID patient = UUID.randomUUID();
            List<String> keys = new ArrayList<>();
            store.context().tx().run(() -> {
                for (int i = 0; i < 520; i++) {
                    String key = String.format("Observation/obs-%05d", i);
                    keys.add(key);
                    store.fhirSources().remember(source(key, patient));
                }
            });
            List<String> asked = new ArrayList<>(keys);
            asked.add("Observation/never-imported");
            asked.add(keys.get(0)); // asked twice, found once
            var found = store.context().tx().inTransaction(() -> store.fhirSources().findAll(asked));
            assertThat(found).hasSize(520).containsOnlyKeys(keys);
            assertThat(found.get("Observation/obs-00519").patientId()).isEqualTo(patient);
        }
    }

    @Test
    void aPatientsSourcesComeByKeyAndOnlyTheirs() {
        try (LocalStore store = TestStores.openInitialised(dir)) {
            UUID asha = UUID.randomUUID();
            UUID ravi = UUID.randomUUID();
            store.context().tx().run(() -> {
                store.fhirSources().remember(source("Observation/b", asha));
                store.fhirSources().remember(source("Observation/a", asha));
                store.fhirSources().remember(source("Observation/c", ravi));
            });
            assertThat(store.context().tx().inTransaction(() -> store.fhirSources().forPatient(asha)))
                    .extracting(ImportedSource::key).containsExactly("Observation/a", "Observation/b");
        }
    }

    /** The bulk path keeps what one by one keeps, a long file name's last 500 characters included. */
    @Test
    void sourcesRememberedAtOnceAreFoundAsThoseRememberedOneByOne() {
        try (LocalStore store = TestStores.openInitialised(dir)) {
            UUID patient = UUID.randomUUID();
            String longName = "/imports/" + "x".repeat(600) + "/bundle.json";
            ImportedSource one = new ImportedSource("Observation/one", "Observation", UUID.randomUUID(), patient,
                    longName, Instant.parse("2026-11-30T08:00:00.123456789Z"), "admin");
            List<ImportedSource> many = new ArrayList<>();
            for (int i = 0; i < 510; i++) {
                many.add(new ImportedSource("Observation/many-" + i, "Observation", UUID.randomUUID(),
                        i == 0 ? null : patient, longName, one.importedAt(), "admin"));
            }
            store.context().tx().run(() -> store.fhirSources().remember(one));
            store.context().tx().run(() -> store.fhirSources().rememberAll(many));
            List<String> keys = new ArrayList<>(many.stream().map(ImportedSource::key).toList());
            keys.add(one.key());
            var found = store.context().tx().inTransaction(() -> store.fhirSources().findAll(keys));
            assertThat(found).hasSize(511);
            ImportedSource keptOne = found.get(one.key());
            assertThat(keptOne.fileName()).hasSize(500).isEqualTo(longName.substring(longName.length() - 500));
            for (ImportedSource s : many) {
                assertThat(found.get(s.key())).isEqualTo(new ImportedSource(s.key(), s.resourceType(), s.targetId(),
                        s.patientId(), keptOne.fileName(), keptOne.importedAt(), s.importedBy()));
                assertThat(found.get(s.key()))
                        .isEqualTo(store.context().tx().inTransaction(() -> store.fhirSources().find(s.key())).orElseThrow());
            }
            assertThat(keptOne.importedAt()).isEqualTo(one.importedAt());
        }
    }
}
