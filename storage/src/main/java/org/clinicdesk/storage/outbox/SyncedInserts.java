package org.clinicdesk.storage.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.clinicdesk.core.common.HybridClock;
import org.clinicdesk.storage.db.StoreClock;
import org.clinicdesk.storage.keys.SignedRows;

/**
 * New synced rows written with plain JDBC batches (a bulk import's thousands of rows), stamped and recorded exactly as
 * the outbox listener does for one entity: each row gets the site and a fresh hybrid-clock version, is not deleted, and
 * has its INSERT outbox row in the same transaction on the same connection. Only for tables whose rows are not signed
 * (a signed row's signature is the listener's to make).
 */
public final class SyncedInserts {
    static final String OUTBOX_SQL = "INSERT INTO outbox (entity_table, row_id, operation, version, "
            + "changed_fields, created_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 500;

    private SyncedInserts() {
    }

    /** Binds the columns after {@code id, site, version, deleted} of one row, from parameter index 5 on. */
    @FunctionalInterface
    public interface Columns<T> {
        void bind(PreparedStatement insert, T row) throws SQLException;
    }

    /**
     * Inserts {@code rows} into {@code table} ({@code id, site, version, deleted} and then {@code columns}, bound by
     * {@code bind}) and records each in the outbox, in the order given, on {@code connection} (the caller's transaction).
     */
    public static <T> void insert(Connection connection, StoreClock clock, String table, List<String> columns,
                                  List<T> rows, Function<T, UUID> id, Columns<T> bind) throws SQLException {
        if (SignedRows.signed(table)) {
            throw new IllegalArgumentException(table + " is a signed table; its rows are written through the session");
        }
        if (rows.isEmpty()) {
            return;
        }
        HybridClock hlc = clock.require();
        String sql = "INSERT INTO " + table + " (id, site, version, deleted, " + String.join(", ", columns)
                + ") VALUES (?, ?, ?, ?" + ", ?".repeat(columns.size()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql);
             PreparedStatement outbox = connection.prepareStatement(OUTBOX_SQL)) {
            int pending = 0;
            for (T row : rows) {
                UUID rowId = Objects.requireNonNull(id.apply(row), "id");
                String version = hlc.now().encode();
                insert.setObject(1, rowId, java.sql.Types.OTHER);
                insert.setString(2, hlc.site());
                insert.setString(3, version);
                insert.setBoolean(4, false);
                bind.bind(insert, row);
                insert.addBatch();
                bindOutbox(outbox, table, rowId, OutboxListener.Operation.INSERT, version, "", clock.wall().instant());
                outbox.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    outbox.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
                outbox.executeBatch();
            }
        }
    }

    /** One outbox row's parameters ({@link #OUTBOX_SQL}), for the listener and the bulk path alike. */
    static void bindOutbox(PreparedStatement outbox, String table, UUID rowId, OutboxListener.Operation operation,
                           String version, String changed, Instant at) throws SQLException {
        outbox.setString(1, table);
        outbox.setObject(2, rowId, java.sql.Types.OTHER);
        outbox.setString(3, operation.name());
        outbox.setString(4, version);
        outbox.setString(5, changed);
        outbox.setObject(6, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}
