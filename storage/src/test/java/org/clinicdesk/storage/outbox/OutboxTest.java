package org.clinicdesk.storage.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.core.common.HlcTimestamp;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.clinicdesk.storage.patient.HibernatePatientRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {
    @TempDir
    Path dir;
    LocalStore store;

    @BeforeEach
    void open() {
        store = TestStores.openInitialised(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String versionOf(Patient p) {
        return store.unitOfWork().withSession(s -> (String) s.createNativeQuery(
                "SELECT version FROM patient WHERE id = :id", String.class).setParameter("id", p.id()).getSingleResult());
    }

    @Test
    void aCommittedInsertLeavesExactlyOneOutboxRowWithTheRowsVersion() {
        Patient p = TestStores.savedPatient(store, 1, "Asha Rao", null);

        List<OutboxRow> rows = store.outbox().after(0, 100);
        assertThat(rows).hasSize(1);
        OutboxRow row = rows.get(0);
        assertThat(row.table()).isEqualToIgnoringCase("patient");
        assertThat(row.rowId()).isEqualTo(p.id());
        assertThat(row.operation()).isEqualTo("INSERT");
        assertThat(row.version()).isEqualTo(versionOf(p));
        assertThat(HlcTimestamp.decode(row.version()).site()).isEqualTo("A");
    }

    /**
     * Every open reads the newest version of the outbox and of each synced table (the hybrid clock goes on from it):
     * with thousands of unsent changes that must be one index lookup per table, not a scan of the outbox.
     */
    @Test
    void theNewestVersionOfEveryTableIsReadByOneIndexLookup() throws java.sql.SQLException {
        try (java.sql.Connection c = store.dataSource().getConnection(); var st = c.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (var rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND COLUMN_NAME = 'VERSION'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("OUTBOX", "PATIENT", "AUDIT_EVENT");
            List<String> scanned = new java.util.ArrayList<>();
            for (String table : tables) {
                try (var rs = st.executeQuery("EXPLAIN SELECT MAX(version) FROM " + table)) {
                    rs.next();
                    if (!rs.getString(1).contains("direct lookup")) {
                        scanned.add(table);
                    }
                }
            }
            assertThat(scanned).as("tables whose newest version is found by a scan").isEmpty();
        }
    }

    @Test
    void aRolledBackChangeLeavesNoOutboxRow() {
        assertThatThrownBy(() -> store.context().tx().run(() -> {
            store.patients().save(TestStores.patient(store, 1, "Asha Rao", null));
            store.unitOfWork().withSession(s -> {
                s.flush();
                return null;
            });
            throw new IllegalStateException("registration failed after the insert was flushed");
        })).hasMessageContaining("registration failed");

        assertThat(store.outbox().size()).isZero();
        assertThat(TestStores.count(store, "SELECT COUNT(*) FROM patient")).isZero();
    }

    @Test
    void anUpdateRecordsTheChangedColumnsAndANewerVersion() {
        Patient p = TestStores.savedPatient(store, 1, "Asha Rao", "9845012345");
        String inserted = versionOf(p);
        Patient newPhone = new Patient(p.id(), p.uhid(), p.name(), p.dateOfBirth(), p.sex(), PhoneNumber.parse("080 2345 6789"),
                p.address(), p.allergies(), p.status());
        store.context().tx().run(() -> store.patients().save(newPhone));

        List<OutboxRow> rows = store.outbox().after(0, 100);
        assertThat(rows).extracting(OutboxRow::operation).containsExactly("INSERT", "UPDATE");
        OutboxRow update = rows.get(1);
        assertThat(update.changedFields()).containsExactlyInAnyOrder("phone", "phone_digits", "phone_digits_reversed");
        assertThat(update.version()).isEqualTo(versionOf(p)).isGreaterThan(inserted);
        assertThat(update.sequence()).isGreaterThan(rows.get(0).sequence());
    }

    @Test
    void savingAnUnchangedRecordWritesNothing() {
        Patient p = TestStores.savedPatient(store, 1, "Asha Rao", null);
        String version = versionOf(p);
        store.context().tx().run(() -> store.patients().save(p));
        assertThat(store.outbox().size()).isEqualTo(1);
        assertThat(versionOf(p)).isEqualTo(version);
    }

    @Test
    void aTombstoneIsRecordedAsDeleteAndThePhysicalDeleteIsRefused() {
        Patient p = TestStores.savedPatient(store, 1, "Asha Rao", null);
        store.context().tx().run(() -> ((HibernatePatientRepository) store.patients()).delete(p.id()));
        assertThat(store.outbox().after(0, 100)).extracting(OutboxRow::operation).containsExactly("INSERT", "DELETE");
        assertThat(store.outbox().after(1, 100).get(0).changedFields()).containsExactly("deleted");

        assertThatThrownBy(() -> store.unitOfWork().withSession(s -> {
            s.remove(s.get(patientEntityClass(), p.id()));
            return null;
        })).hasMessageContaining("never physically deleted");
        assertThat(TestStores.count(store, "SELECT COUNT(*) FROM patient")).isEqualTo(1);
    }

    private static Class<?> patientEntityClass() {
        try {
            return Class.forName("org.clinicdesk.storage.patient.PatientEntity");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyWriteInOneTransactionGetsItsOwnOutboxRowInOrder() {
        store.context().tx().run(() -> {
            Patient a = TestStores.patient(store, 1, "Asha Rao", null);
            store.patients().save(a);
            store.patients().save(TestStores.patient(store, 2, "Ravi Shankar", null));
            store.patients().save(new Patient(a.id(), a.uhid(), PersonName.parse("Asha R"), a.dateOfBirth(), a.sex(), null,
                    a.address(), a.allergies(), a.status()));
        });
        List<OutboxRow> rows = store.outbox().after(0, 100);
        assertThat(rows).extracting(OutboxRow::operation).containsExactly("INSERT", "INSERT", "UPDATE");
        assertThat(rows.get(2).changedFields()).containsExactlyInAnyOrder("family_name", "family_name_search", "full_name_search");
        assertThat(rows).extracting(OutboxRow::version).isSorted().doesNotHaveDuplicates();
    }
}
