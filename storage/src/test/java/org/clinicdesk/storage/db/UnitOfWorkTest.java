package org.clinicdesk.storage.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.transaction.UnitOfWork;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitOfWorkTest {
    @TempDir
    Path dir;
    LocalStore store;
    UnitOfWork tx;

    @BeforeEach
    void open() {
        store = TestStores.openInitialised(dir);
        tx = store.context().tx();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long rows(String table) {
        return TestStores.count(store, "SELECT COUNT(*) FROM " + table);
    }

    @Test
    void nestedCallsJoinTheOuterTransaction() {
        tx.run(() -> {
            var outer = store.unitOfWork().withSession(s -> s);
            var inner = tx.inTransaction(() -> store.unitOfWork().withSession(s -> s));
            assertThat(inner).isSameAs(outer);
        });
    }

    @Test
    void anExceptionRollsBackRecordAuditEventAndOutboxAndIsRethrownUnchanged() {
        RuleViolationException refusal = new RuleViolationException("refused by a clinic rule");
        long auditBefore = rows("audit_event");
        assertThatThrownBy(() -> tx.run(() -> {
            store.patients().save(TestStores.patient(store, 1, "Asha Rao", null));
            store.auditLog().append("nurse", AuditRecord.of(AuditAction.PATIENT_REGISTERED, "patient", "x", ""));
            tx.run(() -> {
                throw refusal;
            });
        })).isSameAs(refusal);

        assertThat(rows("patient")).isZero();
        assertThat(rows("audit_event")).isEqualTo(auditBefore);
        assertThat(rows("outbox")).isZero();
        assertThat(TestStores.count(store, "SELECT sequence FROM audit_head WHERE site = 'A'")).isZero();
    }

    @Test
    void aCaughtInnerFailureStillRollsBackTheWholeTransaction() {
        assertThatThrownBy(() -> tx.run(() -> {
            store.patients().save(TestStores.patient(store, 1, "Asha Rao", null));
            try {
                tx.run(() -> {
                    throw new RuleViolationException("inner refusal");
                });
            } catch (RuleViolationException swallowed) {
                // outer code carries on as if nothing happened
            }
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("none of it was saved");
        assertThat(rows("patient")).isZero();
    }

    @Test
    void aFreshTransactionWorksAfterARollback() {
        assertThatThrownBy(() -> tx.run(() -> {
            throw new IllegalArgumentException("x");
        })).isInstanceOf(IllegalArgumentException.class);
        TestStores.savedPatient(store, 1, "Asha Rao", null);
        assertThat(rows("patient")).isEqualTo(1);
    }
}
