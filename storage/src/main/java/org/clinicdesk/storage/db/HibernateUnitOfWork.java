package org.clinicdesk.storage.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.clinicdesk.core.transaction.UnitOfWork;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * One Hibernate session and transaction bound to the calling thread. Nested calls join the outer transaction;
 * an exception escaping any level rolls back everything (record, audit event, outbox row) and is rethrown as it
 * was. If an inner failure is caught by outer code, the whole transaction is still rolled back at the end, so a
 * half-done use case can never commit. After an outermost commit that changed a row, {@code afterCommit} runs before
 * control returns (the store uses it to write the commit to disk, so a returned commit survives the process being
 * killed); a read-only transaction skips it.
 */
public final class HibernateUnitOfWork implements UnitOfWork {
    private final SessionFactory sessions;
    private final DataSource pool;
    private final Runnable afterCommit;
    private final ThreadLocal<Bound> current = new ThreadLocal<>();

    /** {@code pool} is the one {@code sessions} draws its connections from (for {@link #reading}). */
    public HibernateUnitOfWork(SessionFactory sessions, DataSource pool, Runnable afterCommit) {
        this.sessions = sessions;
        this.pool = pool;
        this.afterCommit = afterCommit;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Bound outer = current.get();
        if (outer != null) {
            return joined(outer, work);
        }
        Session session = sessions.openSession();
        Bound bound = new Bound(session);
        current.set(bound);
        Transaction tx = session.beginTransaction();
        T result;
        boolean wrote;
        try {
            result = work.get();
            if (bound.rollbackOnly) {
                throw new IllegalStateException("Part of this change failed earlier, so none of it was saved.");
            }
            session.flush(); // what commit would flush, now, so the question below sees it
            wrote = session.doReturningWork(HibernateUnitOfWork::changedAnything);
            tx.commit();
        } catch (RuntimeException | Error e) {
            rollbackQuietly(tx, e);
            throw e;
        } finally {
            current.remove();
            session.close();
        }
        if (wrote) {
            afterCommit.run();
        }
        return result;
    }

    /**
     * Whether this transaction changed any row (H2 knows per session). A read-only transaction has nothing to write to
     * disk, and skipping the after-commit step spares it a CHECKPOINT that waits for H2's housekeeping.
     */
    private static boolean changedAnything(java.sql.Connection c) throws java.sql.SQLException {
        // the embedded session answers directly; the query below is the same question through SQL
        if (c.isWrapperFor(org.h2.jdbc.JdbcConnection.class)
                && c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal local) {
            return local.containsUncommitted();
        }
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(
                "SELECT CONTAINS_UNCOMMITTED FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()")) {
            return !rs.next() || rs.getBoolean(1); // no answer: assume it did
        }
    }

    /** Runs {@code work} with the current session, in the caller's transaction or a new one. */
    public <T> T withSession(Function<Session, T> work) {
        return inTransaction(() -> work.apply(current.get().session));
    }

    /**
     * Read-only JDBC work without a session of its own. Inside the caller's transaction it runs on that transaction's
     * connection, after flushing the session as a query would (so it sees the caller's own unsaved changes, and a
     * failure marks the transaction for rollback like any other); outside any, on a connection of the pool in
     * auto-commit, reading what is committed. It skips what {@link #withSession} costs a short read: opening a
     * session, beginning, asking whether anything changed and committing. {@code work} must not write.
     */
    public <T> T reading(ConnectionWork<T> work) {
        Bound outer = current.get();
        if (outer != null) {
            return joined(outer, () -> {
                Session session = outer.session;
                FlushMode mode = session.getHibernateFlushMode();
                if (mode == FlushMode.AUTO || mode == FlushMode.ALWAYS) {
                    session.flush();
                }
                return session.doReturningWork(work::apply);
            });
        }
        try (Connection c = pool.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the store: " + e.getMessage(), e);
        }
    }

    /** JDBC work on one connection ({@link #reading}). */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    /**
     * The current transaction's own value for {@code key}, made by {@code make} the first time it is asked for in this
     * transaction; it is dropped with the transaction (committed or rolled back). For state a use case may keep between
     * statements of one transaction only, such as a row it holds locked.
     */
    @SuppressWarnings("unchecked")
    public <T> T transactionState(Class<T> key, Supplier<T> make) {
        Bound bound = current.get();
        if (bound == null) {
            throw new IllegalStateException("transactionState outside a transaction");
        }
        return (T) bound.state.computeIfAbsent(key, k -> make.get());
    }

    public boolean inTransactionNow() {
        return current.get() != null;
    }

    private static <T> T joined(Bound outer, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            outer.rollbackOnly = true;
            throw e;
        }
    }

    private static void rollbackQuietly(Transaction tx, Throwable cause) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    private static final class Bound {
        final Session session;
        final java.util.Map<Class<?>, Object> state = new java.util.HashMap<>();
        boolean rollbackOnly;

        Bound(Session session) {
            this.session = session;
        }
    }
}
