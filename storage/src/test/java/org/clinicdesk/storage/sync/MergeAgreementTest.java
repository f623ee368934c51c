package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.clinicdesk.core.common.HlcTimestamp;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.sync.MergeOutcome;
import org.clinicdesk.core.sync.SyncMerge;
import org.clinicdesk.core.sync.SyncRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The merge rules live in one place, the server's {@code cd_push}; {@link SyncMerge} is their reference model. The same
 * seeded cases run through both: a row stored by site A, then a version of it from site B (older or newer, a tombstone
 * or not, signed or draft, further along the queue or not, some fields claimed at other times), and the row the server
 * keeps must be the row the model computes, for every table rule. A failing case prints its seed and can be replayed.
 */
class MergeAgreementTest {
    private static final UUID CLINIC = UUID.randomUUID();
    private static final List<String> TABLES = List.of("history_entry", "patient", "queue_entry", "soap_note",
            "queue_transition", "clinic_setting");
    private static PgTestDatabase db;
    private static CentralServer siteA;
    private static CentralServer siteB;
    private static Map<String, List<String>> columns;
    private static Map<String, Map<String, String>> types;
    /** Table to column to the most units a desk's column holds (the server's cd_fits checks). */
    private static Map<String, Map<String, Integer>> bounds;

    @BeforeAll
    static void start() throws SQLException {
        db = PgTestDatabase.create();
        siteA = db.site(CLINIC, "A");
        siteB = db.site(CLINIC, "B");
        columns = new HashMap<>();
        types = new HashMap<>();
        try (Connection admin = db.adminConnection()) {
            for (String table : TABLES) {
                columns.put(table, CentralRows.dataColumns(admin, table));
                Map<String, String> byColumn = new HashMap<>();
                try (PreparedStatement ps = admin.prepareStatement("SELECT column_name, coalesce(domain_name, data_type) "
                        + "FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?")) {
                    ps.setString(1, table);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            byColumn.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
                types.put(table, byColumn);
            }
            bounds = CentralBounds.read(admin);
        }
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (String table : TABLES) {
            for (long seed = 1; seed <= 25; seed++) {
                all.add(Arguments.of(table, seed));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cases")
    void theServerKeepsTheRowTheReferenceModelComputes(String table, long seed) throws SQLException {
        Random random = new Random(seed * 7919 + table.hashCode());
        SyncedTable kind = SyncedTable.require(table);
        UUID id = UUID.randomUUID();
        long now = System.currentTimeMillis();
        SyncRow stored = row(table, id, new HlcTimestamp(now - random.nextInt(60_000), random.nextInt(3), "A"),
                random.nextInt(5) == 0, values(table, random), Map.of());
        SyncRow incoming = row(table, id, new HlcTimestamp(now - random.nextInt(60_000), random.nextInt(3), "B"),
                random.nextInt(4) == 0, mutate(table, stored.values(), random), claims(kind, table, random, now));

        push(siteA, stored);
        SyncRow before = central(table, id);
        push(siteB, incoming);
        SyncRow after = central(table, id);

        MergeOutcome model = SyncMerge.merge(kind.rule(), Optional.of(before), incoming);
        SyncRow expected = model instanceof MergeOutcome.Merged merged ? merged.row() : before;
        String replay = table + " seed " + seed + ": stored " + before + "\nincoming " + incoming;
        assertThat(after.values()).as(replay).isEqualTo(expected.values());
        assertThat(after.version()).as(replay).isEqualTo(expected.version());
        assertThat(after.deleted()).as(replay).isEqualTo(expected.deleted());
        if (kind.rule() == org.clinicdesk.core.sync.ConflictRule.FIELD_MERGE) {
            assertThat(after.fieldVersions()).as(replay).isEqualTo(expected.fieldVersions());
        }
    }

    private static SyncRow row(String table, UUID id, HlcTimestamp version, boolean deleted, Map<String, Object> values,
                               Map<String, HlcTimestamp> claims) {
        return new SyncRow(table, id, "A", version, deleted, values, claims);
    }

    /** Some columns claimed at their own times (a partial edit of a patient), or none (the whole row at its version). */
    private static Map<String, HlcTimestamp> claims(SyncedTable kind, String table, Random random, long now) {
        if (kind.rule() != org.clinicdesk.core.sync.ConflictRule.FIELD_MERGE || random.nextBoolean()) {
            return Map.of();
        }
        Map<String, HlcTimestamp> claims = new HashMap<>();
        for (String column : columns.get(table)) {
            if (random.nextInt(3) == 0) {
                claims.put(column, new HlcTimestamp(now - random.nextInt(60_000), random.nextInt(3), "B"));
            }
        }
        return claims;
    }

    private static Map<String, Object> mutate(String table, Map<String, Object> stored, Random random) {
        Map<String, Object> fresh = values(table, random);
        Map<String, Object> mixed = new HashMap<>(stored);
        for (String column : columns.get(table)) {
            if (random.nextBoolean() && !Set.of("patient_id", "entry_id", "setting_name").contains(column)) {
                mixed.put(column, fresh.get(column));
            }
        }
        return mixed;
    }

    private static Map<String, Object> values(String table, Random random) {
        Map<String, Object> values = new HashMap<>();
        for (String column : columns.get(table)) {
            values.put(column, value(table, column, types.get(table).get(column), random));
        }
        return values;
    }

    private static Object value(String table, String column, String type, Random random) {
        switch (column) {
            case "status":
                if (table.equals("soap_note")) {
                    return random.nextBoolean() ? "SIGNED" : "DRAFT";
                }
                if (table.equals("patient")) {
                    org.clinicdesk.core.patient.PatientStatus[] all = org.clinicdesk.core.patient.PatientStatus.values();
                    return all[random.nextInt(all.length)].name();
                }
                return QueueStatus.values()[random.nextInt(QueueStatus.values().length)].name();
            case "requeue_round":
                return random.nextInt(3);
            case "signed_by", "signed_at", "phone", "entry_date":
                if (random.nextInt(3) == 0) {
                    return null;
                }
                break;
            default:
                break;
        }
        return switch (type) {
            case "uuid" -> new UUID(random.nextLong(), random.nextLong());
            case "date" -> LocalDate.of(1950 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28));
            case "boolean" -> random.nextBoolean();
            case "integer" -> random.nextInt(1000);
            case "bigint" -> (long) random.nextInt(1_000_000);
            case "double precision" -> random.nextInt(1000) / 10.0;
            case "cd_instant" -> Instant.ofEpochSecond(1_700_000_000L + random.nextInt(1_000_000), random.nextInt(1_000_000_000));
            default -> text(column, bounds.getOrDefault(table, Map.of()).get(column), random);
        };
    }

    /** A value telling its column, or a shorter one where a desk's column holds less (as every desk's value is). */
    private static String text(String column, Integer bound, Random random) {
        String value = column + "-" + Integer.toString(random.nextInt(36 * 36 * 36), 36);
        if (bound == null || value.length() <= bound) {
            return value;
        }
        return Integer.toString(random.nextInt((int) Math.pow(36, Math.min(3, bound))), 36);
    }

    private static void push(CentralServer site, SyncRow row) throws SQLException {
        try (Connection c = site.connect()) {
            c.setAutoCommit(false);
            new ServerPush().push(c, Map.of(row.table(), columns.get(row.table())), List.of(row));
            c.commit();
        }
    }

    private static SyncRow central(String table, UUID id) throws SQLException {
        try (Connection admin = db.adminConnection()) {
            return CentralRows.byIds(admin, table, columns.get(table), List.of(id), CentralRows.Lock.NONE).get(id);
        }
    }
}
