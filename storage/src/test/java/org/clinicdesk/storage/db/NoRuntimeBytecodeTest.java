package org.clinicdesk.storage.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session factory makes no classes at run time (no ByteBuddy proxy or accessor per entity, a third of opening a
 * store): entities are read and written through reflection, and a lazy reference, which would need a proxy class, is
 * refused outright rather than made.
 */
class NoRuntimeBytecodeTest {
    private static final String PATIENT_ENTITY = "org.clinicdesk.storage.patient.PatientEntity";

    @TempDir
    Path dir;

    @Test
    void entitiesAreReadAndWrittenButNoProxyIsMade() {
        try (LocalStore store = TestStores.openInitialised(dir)) {
            Patient saved = TestStores.savedPatient(store, 1, "Asha Sharma", "9876543210");
            assertThat(store.patients().findById(saved.id())).contains(saved);
            HibernateUnitOfWork tx = (HibernateUnitOfWork) store.context().tx();
            assertThatThrownBy(() -> tx.withSession(s -> s.getReference(PATIENT_ENTITY, saved.id()).hashCode()))
                    .isInstanceOf(HibernateException.class)
                    .hasMessageContaining("BytecodeProvider is 'none'");
        }
    }
}
