package org.clinicdesk.storage.sequence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.transaction.Sequences;
import org.clinicdesk.storage.db.HibernateUnitOfWork;
import org.clinicdesk.storage.sync.RestoredStore;

/**
 * Local counters in {@code sequence_counter}: the UPDATE takes the row lock, so two transactions never get the
 * same number, and a rolled-back transaction gives its number back.
 */
public final class CounterSequences implements Sequences {
    private static final String DUPLICATE_KEY = "23505";
    private final HibernateUnitOfWork tx;

    public CounterSequences(HibernateUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public long next(String counter) {
        return tx.withSession(session -> session.doReturningWork(connection -> next(connection, counter)));
    }

    private static long next(Connection connection, String counter) throws SQLException {
        // A store restored from a backup that has not caught up yet has its counters where the backup left them, below
        // what its older self may have issued and pushed: it issues nothing until the catch-up has raised them.
        if (RestoredStore.pending(connection)) {
            throw new RuleViolationException(CoreMessages.text("sequences.catchUpFirst"));
        }
        if (increment(connection, counter)) {
            return read(connection, counter);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sequence_counter (name, last_value) VALUES (?, 1)")) {
            insert.setString(1, counter);
            insert.executeUpdate();
            return 1;
        } catch (SQLException e) {
            // Another transaction created the counter first: wait for its lock and continue after its value.
            if (DUPLICATE_KEY.equals(e.getSQLState()) && increment(connection, counter)) {
                return read(connection, counter);
            }
            throw e;
        }
    }

    private static boolean increment(Connection connection, String counter) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sequence_counter SET last_value = last_value + 1 WHERE name = ?")) {
            update.setString(1, counter);
            return update.executeUpdate() == 1;
        }
    }

    private static long read(Connection connection, String counter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_value FROM sequence_counter WHERE name = ?")) {
            select.setString(1, counter);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
