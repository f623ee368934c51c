package org.clinicdesk.storage.documents;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.clinicdesk.core.transaction.UnitOfWork;

/**
 * A plain-JDBC unit of work: one connection per outermost transaction, held in a thread-local so repositories
 * join it; commits when the work returns, rolls back on any exception. Stands in until the Hibernate-backed
 * LocalStore carries the document tables.
 */
public final class JdbcTransactions implements UnitOfWork {
    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    public JdbcTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            current.set(c);
            try {
                T result = work.get();
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                current.remove();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database transaction failed: " + e.getMessage(), e);
        }
    }

    /** The connection of the transaction running on this thread. */
    Connection connection() {
        Connection c = current.get();
        if (c == null) {
            throw new IllegalStateException("no transaction is running on this thread");
        }
        return c;
    }
}
