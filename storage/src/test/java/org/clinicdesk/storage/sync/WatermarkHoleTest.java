package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.clinicdesk.core.common.HlcTimestamp;
import org.clinicdesk.core.sync.SyncRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two central transactions; the one that started first commits last. A reader pulling in between must still receive
 * both changes. The server's {@code cd_push} runs a clinic's pushes one at a time and takes feed positions last, so
 * the second push waits and its position comes after the first's; a plain sequence hands positions out in start
 * order and loses the change.
 */
class WatermarkHoleTest {
    private static final UUID LOCKED_CLINIC = UUID.randomUUID();
    private static final UUID NAIVE_CLINIC = UUID.randomUUID();
    private static PgTestDatabase db;
    private static CentralServer siteA;
    private static CentralServer siteB;

    @BeforeAll
    static void start() throws SQLException {
        db = PgTestDatabase.create();
        siteA = db.site(LOCKED_CLINIC, "A");
        siteB = db.site(LOCKED_CLINIC, "B");
        db.site(NAIVE_CLINIC, "A");
        try (Connection c = db.adminConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE SEQUENCE naive_feed_seq");
        }
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    /** How one transaction records a change on the feed (without committing). */
    @FunctionalInterface
    interface FeedWriter {
        void write(Connection central, UUID rowId, String site) throws SQLException;
    }

    /** The product: a push through the server's function. */
    private static final FeedWriter SERVER_PUSH = (central, rowId, site) ->
            new ServerPush().push(central, columns(), List.of(history(rowId, site)));

    /** The classic design: positions from a sequence, handed out in start order, not commit order. */
    private static final FeedWriter NAIVE_SEQUENCE = (central, rowId, site) -> {
        try (PreparedStatement ps = central.prepareStatement("INSERT INTO change_feed (clinic_id, entity_table, row_id, "
                + "position) VALUES (?, 'history_entry', ?, nextval('naive_feed_seq'))")) {
            ps.setObject(1, NAIVE_CLINIC);
            ps.setObject(2, rowId);
            ps.executeUpdate();
        }
    };

    private static SyncRow history(UUID id, String site) {
        return new SyncRow("history_entry", id, site, new HlcTimestamp(System.currentTimeMillis(), 0, site), false,
                Map.of("patient_id", UUID.randomUUID(), "kind", "DIAGNOSIS", "summary", "Asthma", "details", "",
                        "source", "test", "recorded_by", "doc", "recorded_at", Instant.now()),
                Map.of());
    }

    private static Map<String, List<String>> columns() throws SQLException {
        try (Connection c = db.adminConnection()) {
            return Map.of("history_entry", CentralRows.dataColumns(c, "history_entry"));
        }
    }

    private static Set<UUID> pullAll(Connection reader, UUID clinic, long[] cursor) throws SQLException {
        Set<UUID> seen = new HashSet<>();
        for (CentralFeed.FeedEntry entry : CentralFeed.after(reader, clinic, cursor[0], 1000)) {
            seen.add(entry.key().id());
            cursor[0] = Math.max(cursor[0], entry.position());
        }
        return seen;
    }

    private static boolean waitingOnLockOrDone(Connection admin, int pid, CompletableFuture<?> second) throws SQLException {
        if (second.isDone()) {
            return true;
        }
        try (PreparedStatement ps = admin.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE pid = ? AND wait_event_type = 'Lock'")) {
            ps.setInt(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    private static int pid(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Runs the interleaving and returns the ids a reader pulled; both X and Y were committed by the end. */
    private static Set<UUID> interleave(FeedWriter writer, Connection first, Connection second, UUID clinic, UUID x,
                                        UUID y) throws Exception {
        try (Connection reader = db.adminConnection(); Connection admin = db.adminConnection()) {
            long[] cursor = {0};
            first.setAutoCommit(false);
            writer.write(first, x, "A");
            int secondPid = pid(second);
            CompletableFuture<Void> later = CompletableFuture.runAsync(() -> {
                try {
                    second.setAutoCommit(false);
                    writer.write(second, y, "B");
                    second.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (!waitingOnLockOrDone(admin, secondPid, later)) {
                assertThat(Instant.now()).as("second transaction neither blocked nor finished").isBefore(deadline);
                Thread.onSpinWait();
            }
            Set<UUID> seen = new HashSet<>(pullAll(reader, clinic, cursor));
            first.commit();
            later.get();
            seen.addAll(pullAll(reader, clinic, cursor));
            return seen;
        }
    }

    @Test
    void pullReceivesAChangeWhoseTransactionCommittedAfterALaterOne() throws Exception {
        UUID x = UUID.randomUUID();
        UUID y = UUID.randomUUID();
        try (Connection first = siteA.connect(); Connection second = siteB.connect()) {
            assertThat(interleave(SERVER_PUSH, first, second, LOCKED_CLINIC, x, y)).contains(x, y);
        }
    }

    @Test
    void aNaiveSequenceFeedLosesThatChange() throws Exception {
        UUID x = UUID.randomUUID();
        UUID y = UUID.randomUUID();
        try (Connection first = db.adminConnection(); Connection second = db.adminConnection()) {
            Set<UUID> seen = interleave(NAIVE_SEQUENCE, first, second, NAIVE_CLINIC, x, y);
            assertThat(seen).as("the same test detects the hole in the naive design").contains(y).doesNotContain(x);
        }
    }
}
