package org.clinicdesk.storage.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.clinicdesk.storage.db.PlainStoreConversion;
import org.clinicdesk.storage.keys.KeyFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBackupsTest {
    @TempDir
    Path dir;

    @Test
    void aBackupTakenWhileTheDeskKeepsSavingIsConsistentAndVerified() throws Exception {
        try (LocalStore store = TestStores.openInitialised(dir.resolve("data"))) {
            AtomicBoolean backingUp = new AtomicBoolean(true);
            AtomicLong saved = new AtomicLong();
            CompletableFuture<Void> desk = CompletableFuture.runAsync(() -> {
                while (backingUp.get()) {
                    TestStores.savedPatient(store, 1 + saved.getAndIncrement(), "Asha Verma", "9845012345");
                }
            });
            while (saved.get() < 3) {
                Thread.onSpinWait(); // the desk is saving before the backup starts
            }
            StoreBackups.Taken taken = new StoreBackups(store, KeyFolder.defaultHere(), Clock.systemUTC())
                    .take(BackupManifest.Kind.SCHEDULED, Optional.empty());
            backingUp.set(false);
            desk.get();
            assertThat(taken.manifest().verified()).as(taken.manifest().verification()).isTrue();
            long inBackup = taken.manifest().rowCounts().get("PATIENT");
            assertThat(inBackup).isBetween(3L, saved.get());
            assertThat(PlainStoreConversion.isEncrypted(dir.resolve("data").resolve("clinicdesk.mv.db"))).isTrue();
        }
    }

    @Test
    void twoBackupsOfOneInstantRotateAsTwoAndTheLaterNameStays() {
        Clock stopped = Clock.fixed(java.time.Instant.parse("2026-11-30T10:00:00Z"), java.time.ZoneOffset.UTC);
        try (LocalStore store = TestStores.openInitialised(dir.resolve("data"))) {
            StoreBackups backups = new StoreBackups(store, KeyFolder.defaultHere(), stopped);
            Path first = backups.take(BackupManifest.Kind.SCHEDULED, Optional.empty()).file();
            StoreBackups.Taken second = backups.take(BackupManifest.Kind.SCHEDULED, Optional.empty());
            assertThat(second.file().getFileName().toString()).endsWith("-2.zip");
            assertThat(second.rotatedAway()).containsExactly(first);
            assertThat(BackupFolder.of(dir.resolve("data")).list()).singleElement()
                    .satisfies(s -> assertThat(s.file()).isEqualTo(second.file()));
        }
    }

    @Test
    void rowsThatDifferFromTheStoreAreNamedByTable() {
        RestoredCopy copy = new RestoredCopy(Map.of("PATIENT", 3L, "VITALS", 2L), 0, Optional.empty());
        assertThat(copy.differenceFrom(Map.of("PATIENT", 5L, "VITALS", 2L), Map.of("PATIENT", 5L, "VITALS", 2L)))
                .contains("table PATIENT has 3 rows in the backup, the store had 5");
        assertThat(copy.differenceFrom(Map.of("PATIENT", 2L, "VITALS", 2L), Map.of("PATIENT", 4L, "VITALS", 2L)))
                .isEmpty();
        assertThat(copy.differenceFrom(Map.of("NOTE", 1L), Map.of("NOTE", 1L))).contains("table NOTE is missing from the backup");
    }
}
