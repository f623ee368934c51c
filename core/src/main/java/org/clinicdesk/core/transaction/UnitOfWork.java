package org.clinicdesk.core.transaction;

import java.util.function.Supplier;

/**
 * Transaction boundary for use cases. Everything a use case writes (the record, its audit event, its outbox row)
 * commits together or not at all; implementations roll back on any exception.
 */
public interface UnitOfWork {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
