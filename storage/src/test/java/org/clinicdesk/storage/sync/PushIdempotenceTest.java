package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.sync.SyncRow;
import org.clinicdesk.storage.outbox.OutboxRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushIdempotenceTest {
    private static final UUID CLINIC = UUID.randomUUID();
    @TempDir
    static Path dir;
    private static PgTestDatabase db;
    private static Desktop desktop;
    private static Map<String, List<String>> columns;

    @BeforeAll
    static void start() throws SQLException {
        db = PgTestDatabase.create();
        desktop = new Desktop(dir, "A", CLINIC, db.site(CLINIC, "A"), Clock.systemUTC());
        try (Connection c = db.adminConnection()) {
            columns = new LinkedHashMap<>();
            for (SyncedTable t : SyncedTable.values()) {
                columns.put(t.tableName(), CentralRows.dataColumns(c, t.tableName()));
            }
        }
    }

    @AfterAll
    static void stop() {
        desktop.close();
        db.close();
    }

    /** A batch as the desktop would send it: its current rows for what the outbox holds. */
    private static List<SyncRow> batchOfNewWork(int patients) throws SQLException {
        Random random = new Random(patients);
        for (int i = 0; i < patients; i++) {
            Patient p = desktop.register(random);
            desktop.editField(p.id(), random);
            desktop.advance(desktop.enqueue(p.id()).id(), random);
            desktop.sign(desktop.draft(p.id(), random).id());
        }
        List<OutboxRow> outbox = desktop.store.outbox().after(0, 10_000);
        desktop.store.outbox().acknowledge(outbox.get(outbox.size() - 1).sequence());
        List<SyncRow> batch = new ArrayList<>();
        try (Connection local = desktop.store.dataSource().getConnection()) {
            for (SyncedTable table : SyncedTable.values()) {
                List<UUID> ids = outbox.stream().filter(o -> o.table().equalsIgnoreCase(table.tableName()))
                        .map(OutboxRow::rowId).distinct().toList();
                batch.addAll(LocalRows.byIds(local, table.tableName(), columns.get(table.tableName()), ids).values());
            }
        }
        return batch;
    }

    private static void push(List<SyncRow> batch) throws SQLException {
        try (Connection c = desktop.central.connect()) {
            c.setAutoCommit(false);
            new ServerPush().push(c, columns, batch);
            c.commit();
        }
    }

    private static Map<String, Object> snapshot() throws SQLException {
        try (Connection admin = db.adminConnection()) {
            return CentralSnapshot.of(admin);
        }
    }

    @Test
    void pushSentTwiceChangesNothing() throws SQLException {
        List<SyncRow> batch = batchOfNewWork(3);
        push(batch);
        Map<String, Object> once = snapshot();
        push(batch);
        assertThat(snapshot()).isEqualTo(once);
        assertThat(((List<?>) once.get("change_feed"))).hasSizeGreaterThanOrEqualTo(batch.size());
    }

    @Test
    void halfABatchThenAllOfItChangesNothingForTheFirstHalf() throws SQLException {
        List<SyncRow> batch = batchOfNewWork(4);
        push(batch.subList(0, batch.size() / 2));
        List<String> feedAfterHalf = new ArrayList<>(feed());
        push(batch);
        List<String> feedAfterAll = feed();
        assertThat(feedAfterAll).as("rows of the first half kept their feed positions").containsAll(feedAfterHalf);
        assertThat(feedAfterAll).hasSize(feedAfterHalf.size() + batch.size() - batch.size() / 2);
        Map<String, Object> all = snapshot();
        push(batch);
        assertThat(snapshot()).isEqualTo(all);
    }

    private static List<String> feed() throws SQLException {
        try (Connection admin = db.adminConnection()) {
            return CentralSnapshot.rows(admin, "SELECT entity_table, row_id, position FROM change_feed ORDER BY position");
        }
    }
}
