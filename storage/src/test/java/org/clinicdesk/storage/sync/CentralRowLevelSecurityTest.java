package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.HlcTimestamp;
import org.clinicdesk.core.sync.SyncRefusedException;
import org.clinicdesk.core.sync.SyncRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one desk's central login can do to the clinic's data, tried with plain JDBC as an attacker holding site B's
 * login would: every direct write to every table of the central schema (a loop over the catalogue, not a sample) is
 * refused, and so are pushes that claim another site's rows or stamps; history never changes; another clinic's rows
 * cannot be read. Site A's data, the feed and the audit anchors stay as they were, and the desks still converge.
 */
class CentralRowLevelSecurityTest {
    private static final UUID CLINIC = UUID.randomUUID();
    private static final UUID OTHER_CLINIC = UUID.randomUUID();
    private static PgTestDatabase db;
    private static Desktop deskA;
    private static Desktop deskB;
    private static CentralServer otherClinic;

    @BeforeAll
    static void start(@TempDir Path dir) {
        db = PgTestDatabase.create();
        deskA = new Desktop(dir.resolve("a"), "A", CLINIC, db.site(CLINIC, "A"), Clock.systemUTC());
        deskB = new Desktop(dir.resolve("b"), "B", CLINIC, db.site(CLINIC, "B"), Clock.systemUTC());
        otherClinic = db.site(OTHER_CLINIC, "A");
        Random random = new Random(11);
        for (int i = 0; i < 3; i++) {
            var patient = deskA.register(random);
            deskA.advance(deskA.enqueue(patient.id()).id(), random);
            var note = deskA.sign(deskA.draft(patient.id(), random).id());
            deskA.amend(note.id(), random);
            deskA.history(patient.id(), random);
            deskA.vitals(patient.id(), random);
            var document = deskA.document(patient.id(), random);
            deskA.store.context().tx().run(() -> {
                deskA.store.documents().saveText(document.id(), List.of(new org.clinicdesk.core.documents.OcrPage(1,
                        "Tab. Amlodipine 5 mg OD", List.of(), 0, 0)));
                deskA.store.flags().save(new org.clinicdesk.core.flags.FlagRecord(deskA.store.context().ids().newId(),
                        patient.id(), "news2", org.clinicdesk.core.flags.FlagKind.NEWS2,
                        org.clinicdesk.core.flags.FlagSeverity.values()[0], org.clinicdesk.core.flags.FlagState.RAISED,
                        "NEWS2 7", "", "nurse", java.time.Instant.now(), "1"));
            });
            deskA.store.context().tx().run(() -> deskA.store.auditLog().append("admin",
                    AuditRecord.of(AuditAction.CHART_OPENED, "patient", patient.id(), "")));
        }
        var users = new org.clinicdesk.core.users.UserService(deskA.store.context(), deskA.store.users(),
                deskA.store.signInLockouts(), new org.clinicdesk.core.users.PasswordHasher(),
                org.clinicdesk.core.users.SignInPolicy.DEFAULT);
        users.addFirstAdmin("admin", "admin-pass-1".toCharArray(), deskA.site);
        deskA.store.context().tx().run(() -> deskA.store.clinicSettings().put(
                org.clinicdesk.core.site.ClinicSetting.CLINIC_NAME.key(), "Green Valley"));
        deskA.sync();
        deskB.sync();
        // a second signature of a signed note sent by B: the server keeps the first and lists a conflict for a person
        try {
            UUID signedNote = deskA.ids("soap_note", "status = 'SIGNED'").get(0);
            SyncRow note = centralRow("soap_note", signedNote);
            push(note.withState(new HlcTimestamp(System.currentTimeMillis(), 0, "B"), false,
                    with(note.values(), "assessment", "signed again at B"), Map.of()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        deskA.close();
        deskB.close();
        db.close();
    }

    private static List<String> centralTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection admin = db.adminConnection(); Statement st = admin.createStatement();
             ResultSet rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** Every row of every table as text, plus the sequences: what must not move. */
    private static Map<String, List<String>> everything() throws SQLException {
        Map<String, List<String>> all = new LinkedHashMap<>();
        try (Connection admin = db.adminConnection()) {
            for (String table : centralTables()) {
                all.put(table, CentralSnapshot.rows(admin, "SELECT t::text FROM " + table + " t ORDER BY 1"));
            }
        }
        return all;
    }

    private static void refused(Connection b, String sql) {
        assertThatThrownBy(() -> {
            try (Statement st = b.createStatement()) {
                st.execute(sql);
            }
        }).as(sql).isInstanceOf(SQLException.class).satisfies(e -> assertThat(e.getMessage())
                .containsAnyOf("permission denied", "non-DEFAULT value into column \"id\""));
    }

    @Test
    void siteBsLoginCanWriteNoTableDirectly() throws SQLException {
        Map<String, List<String>> before = everything();
        List<String> tables = centralTables();
        assertThat(tables).contains("app_user", "patient", "audit_event", "note_amendment", "soap_note",
                "change_feed", "feed_clock", "audit_anchor", "site_registry", "site_store", "desk_key", "blob");
        try (Connection b = deskB.central.connect()) {
            b.setAutoCommit(true);
            for (String table : tables) {
                refused(b, "INSERT INTO " + table + " SELECT * FROM " + table + " LIMIT 1");
                refused(b, "INSERT INTO " + table + " DEFAULT VALUES");
                refused(b, "UPDATE " + table + " SET " + firstColumn(table) + " = " + firstColumn(table));
                refused(b, "DELETE FROM " + table);
                refused(b, "TRUNCATE " + table);
            }
            refused(b, "CREATE TEMP TABLE cd_push_changed (entity_table text, row_id uuid)");
            refused(b, "CREATE TABLE public.cd_push_in (id uuid)");
        }
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void pushesThatClaimAnotherSitesRowsOrStampsAreRefusedWhole() throws SQLException {
        Map<String, List<String>> before = everything();
        UUID patientOfA = deskA.ids("patient", "true").get(0);
        SyncRow aPatient = centralRow("patient", patientOfA);
        // an edit of A's patient stamped as if site A made it
        assertRefused(aPatient.withState(new HlcTimestamp(System.currentTimeMillis(), 0, "A"), false,
                with(aPatient.values(), "given_name", "Mallory"), Map.of()));
        // a new patient stamped by B but claiming to be A's row
        SyncRow forgedNew = new SyncRow("patient", UUID.randomUUID(), "A", new HlcTimestamp(System.currentTimeMillis(), 0,
                "B"), false, aPatient.values(), Map.of());
        assertRefused(forgedNew);
        // a change stamped an hour ahead, to win every later merge, sent straight to the server's function
        SyncRow ahead = aPatient.withState(new HlcTimestamp(System.currentTimeMillis() + 3_600_000, 0, "B"), false,
                with(aPatient.values(), "given_name", "Mallory"), Map.of());
        try (Connection b = deskB.central.connect(); Connection admin = db.adminConnection();
             PreparedStatement ps = b.prepareStatement("SELECT cd_push(?::jsonb)")) {
            ps.setString(1, ServerPush.batchJson(Map.of("patient", CentralRows.dataColumns(admin, "patient")),
                    List.of(ahead)));
            assertThatThrownBy(ps::executeQuery).isInstanceOf(SQLException.class)
                    .hasMessageContaining("more than 5 minutes ahead");
        }
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aPushedRowThatNamesAnotherClinicLandsInTheCallersOwn() throws Exception {
        SyncRow stored = centralRow("history_entry", centralIds("history_entry").get(0));
        UUID id = UUID.randomUUID();
        SyncRow fresh = new SyncRow("history_entry", id, "B", new HlcTimestamp(System.currentTimeMillis(), 0, "B"), false,
                stored.values(), Map.of());
        long otherBefore = rowsOf("history_entry", OTHER_CLINIC);
        try (Connection b = deskB.central.connect(); Connection admin = db.adminConnection();
             PreparedStatement ps = b.prepareStatement("SELECT cd_push(?::jsonb)")) {
            var batch = (com.fasterxml.jackson.databind.node.ArrayNode) new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(ServerPush.batchJson(Map.of("history_entry", CentralRows.dataColumns(admin, "history_entry")),
                            List.of(fresh)));
            ((com.fasterxml.jackson.databind.node.ObjectNode) batch.get(0).get("r")).put("clinic_id", OTHER_CLINIC.toString());
            ps.setString(1, batch.toString());
            ps.executeQuery().close();
        }
        try (Connection admin = db.adminConnection();
             PreparedStatement ps = admin.prepareStatement("SELECT clinic_id FROM history_entry WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(1, UUID.class)).isEqualTo(CLINIC);
                assertThat(rs.next()).isFalse();
            }
        }
        assertThat(rowsOf("history_entry", OTHER_CLINIC)).isEqualTo(otherBefore);
    }

    /**
     * cd_push stages each pushed table in a temporary table it keeps for the session (V23): two pushes in one
     * transaction each store their own rows, and the site login whose session holds those tables can neither read,
     * write nor drop them.
     */
    @Test
    void theStagingTablesOfAPushAreTheFunctionsAlone() throws Exception {
        SyncRow stored = centralRow("history_entry", centralIds("history_entry").get(0));
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());
        try (Connection b = deskB.central.connect(); Connection admin = db.adminConnection()) {
            Map<String, List<String>> columns = Map.of("history_entry", CentralRows.dataColumns(admin, "history_entry"));
            b.setAutoCommit(false);
            for (UUID id : ids) {
                new ServerPush().push(b, columns, List.of(new SyncRow("history_entry", id, "B",
                        new HlcTimestamp(System.currentTimeMillis(), 0, "B"), false, stored.values(), Map.of())));
            }
            b.commit();
            b.setAutoCommit(true);
            for (String sql : List.of("SELECT * FROM pg_temp.cd_push_in_history_entry",
                    "INSERT INTO pg_temp.cd_push_in_history_entry SELECT * FROM pg_temp.cd_push_in_history_entry",
                    "DELETE FROM pg_temp.cd_push_changed", "DROP TABLE pg_temp.cd_push_in_history_entry")) {
                assertThatThrownBy(() -> {
                    try (Statement st = b.createStatement()) {
                        st.execute(sql);
                    }
                }).as(sql).isInstanceOf(SQLException.class).satisfies(e -> assertThat(e.getMessage())
                        .containsAnyOf("permission denied", "must be owner"));
            }
        }
        try (Connection admin = db.adminConnection(); PreparedStatement ps = admin.prepareStatement(
                "SELECT count(*) FROM history_entry h JOIN change_feed f ON f.clinic_id = h.clinic_id "
                        + "AND f.entity_table = 'history_entry' AND f.row_id = h.id WHERE h.id = ANY (?)")) {
            ps.setArray(1, admin.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("both pushes stored their row and fed it").isEqualTo(2);
            }
        }
    }

    @Test
    void historyPushedAgainWithOtherContentNeverChanges() throws SQLException {
        Map<String, List<String>> before = everything();
        long now = System.currentTimeMillis();
        for (String table : List.of("audit_event", "note_amendment", "queue_transition")) {
            UUID id = centralIds(table).get(0);
            SyncRow stored = centralRow(table, id);
            String textColumn = table.equals("audit_event") ? "detail" : table.equals("note_amendment") ? "reason" : "reason";
            push(stored.withState(new HlcTimestamp(now + 1000, 0, "B"), true, with(stored.values(), textColumn,
                    "rewritten by B"), Map.of()));
        }
        UUID signedNote = deskA.ids("soap_note", "status = 'SIGNED'").get(0);
        SyncRow note = centralRow("soap_note", signedNote);
        push(note.withState(new HlcTimestamp(now + 2000, 0, "B"), false, with(note.values(), "assessment", "rewritten"),
                Map.of()));
        Map<String, List<String>> after = everything();
        for (String table : List.of("audit_event", "note_amendment", "queue_transition", "soap_note", "audit_anchor",
                "change_feed", "feed_clock")) {
            assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
        }
        assertThat(after.get("sync_conflict")).as("the second signature is kept for a person")
                .hasSize(before.get("sync_conflict").size() + 1);
    }

    /**
     * The tables row-level security protects, read from the central catalogue (every table with a policy, plus every
     * table with a {@code clinic_id} column), so a table added later is probed without anyone remembering to list it.
     */
    private static List<String> protectedTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection admin = db.adminConnection(); Statement st = admin.createStatement();
             ResultSet rs = st.executeQuery("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                     + " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND (c.relrowsecurity"
                     + " OR EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid)"
                     + " OR EXISTS (SELECT 1 FROM information_schema.columns k WHERE k.table_schema = 'public'"
                     + " AND k.table_name = c.relname AND k.column_name = 'clinic_id')) ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    @Test
    void anotherClinicsLoginCanNeitherReadNorWriteAnyProtectedTable() throws SQLException {
        List<String> tables = protectedTables();
        assertThat(tables).as("the catalogue names the protected tables").hasSizeGreaterThanOrEqualTo(15)
                .contains("change_feed", "patient", "vitals", "soap_note", "audit_event", "document", "app_user");
        Map<String, List<String>> before = everything();
        Map<String, Integer> oursOnServer = new LinkedHashMap<>();
        try (Connection admin = db.adminConnection()) {
            for (String table : tables) {
                oursOnServer.put(table, count(admin, "SELECT count(*) FROM " + table + " WHERE clinic_id = '" + CLINIC + "'"));
            }
        }
        // a read probe of an empty table proves nothing
        assertThat(oursOnServer).as("this clinic has rows in every protected table, so an empty read is a refused one")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        try (Connection other = otherClinic.connect(); Connection b = deskB.central.connect()) {
            other.setAutoCommit(true);
            b.setAutoCommit(true);
            for (String table : tables) {
                readsNothingOf(other, table, CLINIC);
                for (Connection login : List.of(other, b)) {
                    refused(login, "INSERT INTO " + table + " (clinic_id) VALUES ('" + CLINIC + "')");
                    refused(login, "UPDATE " + table + " SET clinic_id = clinic_id WHERE clinic_id = '" + CLINIC + "'");
                    refused(login, "DELETE FROM " + table + " WHERE clinic_id = '" + CLINIC + "'");
                }
            }
        }
        assertThat(everything()).isEqualTo(before);
    }

    private static int rowsOf(String table, UUID clinic) throws SQLException {
        try (Connection admin = db.adminConnection()) {
            return count(admin, "SELECT count(*) FROM " + table + " WHERE clinic_id = '" + clinic + "'");
        }
    }

    /** A read of another clinic's rows is refused outright or sees none of them. */
    private static void readsNothingOf(Connection login, String table, UUID clinic) {
        String sql = "SELECT count(*) FROM " + table + " WHERE clinic_id = '" + clinic + "'";
        int seen;
        try {
            seen = count(login, sql);
        } catch (SQLException e) {
            assertThat(e.getMessage()).as(sql).contains("permission denied");
            return;
        }
        assertThat(seen).as(sql).isZero();
    }

    @Test
    void anotherClinicsLoginCannotListenToItsFeed() throws SQLException {
        try (Connection other = otherClinic.connect(); Connection b = deskB.central.connect()) {
            String ours = CentralFeed.channel(b);
            String theirs = CentralFeed.channel(other);
            assertThat(ours).matches("cd_feed_[0-9a-f]{32}").isNotEqualTo(theirs);
            refused(other, "SELECT * FROM site_registry");
        }
    }

    @Test
    void aSiteLoginCannotTakeOverItsHeldSiteOrRegisterAnotherDeskKey() throws SQLException {
        Map<String, List<String>> before = everything();
        String attackerKey = org.clinicdesk.storage.keys.DeskKeys.generate().publicKey();
        try (Connection b = deskB.central.connect()) {
            b.setAutoCommit(true);
            try (PreparedStatement ps = b.prepareStatement("SELECT outcome FROM cd_claim_site(?, 'admin', ?)")) {
                ps.setObject(1, UUID.randomUUID());
                ps.setString(2, attackerKey);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getString(1)).as("a 're-join' without the server administrator's release")
                            .isEqualTo("TAKEN");
                }
            }
            refused(b, "SELECT cd_release_site('" + CLINIC + "', 'B')");
        }
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void afterEveryAttemptTheDesksStillConverge() throws SQLException {
        Random random = new Random(5);
        var patient = deskB.register(random);
        deskB.editField(deskA.ids("patient", "true").get(0), random);
        deskB.sync();
        deskA.sync();
        deskB.sync();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Connection admin = db.adminConnection()) {
            for (SyncedTable table : SyncedTable.values()) {
                columns.put(table.tableName(), CentralRows.dataColumns(admin, table.tableName()));
            }
        }
        try (Connection a = deskA.store.dataSource().getConnection();
             Connection b = deskB.store.dataSource().getConnection()) {
            assertThat(TableHashes.of(a, columns)).isEqualTo(TableHashes.of(b, columns));
        }
        assertThat(deskA.ids("patient", "true")).contains(patient.id());
    }

    private void assertRefused(SyncRow row) {
        assertThatThrownBy(() -> push(row)).isInstanceOf(SyncRefusedException.class)
                .hasMessageContaining("refused this desk's changes");
    }

    private static void push(SyncRow row) throws SQLException {
        try (Connection b = deskB.central.connect(); Connection admin = db.adminConnection()) {
            b.setAutoCommit(false);
            new ServerPush().push(b, Map.of(row.table(), CentralRows.dataColumns(admin, row.table())), List.of(row));
            b.commit();
        }
    }

    private static SyncRow centralRow(String table, UUID id) throws SQLException {
        try (Connection admin = db.adminConnection()) {
            return CentralRows.byIds(admin, table, CentralRows.dataColumns(admin, table), List.of(id),
                    CentralRows.Lock.NONE).get(id);
        }
    }

    private static List<UUID> centralIds(String table) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection admin = db.adminConnection(); PreparedStatement ps = admin.prepareStatement(
                "SELECT id FROM " + table + " WHERE clinic_id = ? ORDER BY id")) {
            ps.setObject(1, CLINIC);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    private static Map<String, Object> with(Map<String, Object> values, String column, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(values);
        changed.put(column, value);
        return changed;
    }

    private static String firstColumn(String table) throws SQLException {
        try (Connection admin = db.adminConnection(); PreparedStatement ps = admin.prepareStatement(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ? AND is_identity = 'NO' "
                        + "ORDER BY ordinal_position LIMIT 1")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
