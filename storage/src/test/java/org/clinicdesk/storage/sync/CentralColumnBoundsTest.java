package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.clinicdesk.storage.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The central server holds no synced text longer than a desk can store. A desk's column of at most n characters has a
 * central column of the same bound: a longer value from a hostile login is refused by the server, instead of being
 * stored there and listed as a conflict at every other desk's pull. Compared for every synced table's every bounded
 * column of the desk (read from both catalogues, not from a list kept by hand).
 */
class CentralColumnBoundsTest {
    @TempDir
    Path dir;

    @Test
    void everyBoundedDeskColumnHasTheSameBoundOnTheServer() throws Exception {
        Map<String, Integer> desk;
        try (LocalStore store = LocalStore.open(dir, Clock.systemUTC()); Connection c = store.dataSource().getConnection()) {
            desk = bounds(c, "SELECT lower(table_name), lower(column_name), character_maximum_length "
                    + "FROM information_schema.columns WHERE table_schema = 'PUBLIC' AND data_type = 'CHARACTER VARYING' "
                    + "AND character_maximum_length < 1000000");
        }
        Map<String, Integer> central;
        try (PgTestDatabase db = PgTestDatabase.create(); Connection c = db.adminConnection()) {
            central = bounds(c, "SELECT table_name, column_name, coalesce(character_maximum_length, -1) "
                    + "FROM information_schema.columns WHERE table_schema = current_schema() "
                    + "AND data_type IN ('text', 'character varying', 'character')");
        }
        List<String> unbounded = new ArrayList<>();
        desk.forEach((column, bound) -> {
            if (central.containsKey(column) && !bound.equals(central.get(column))) {
                unbounded.add(column + ": desk " + bound + ", server " + (central.get(column) < 0 ? "unbounded"
                        : central.get(column)));
            }
        });
        assertThat(desk.keySet().stream().filter(central::containsKey)).as("columns compared").hasSizeGreaterThan(40);
        assertThat(unbounded).as("synced text columns whose server bound differs from the desk's").isEmpty();
    }

    /** table.column to its bound, for the synced tables only. */
    private static Map<String, Integer> bounds(Connection c, String sql) throws SQLException {
        Map<String, Integer> bounds = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(1).toLowerCase(Locale.ROOT);
                if (SyncedTable.byName(table).isPresent()) {
                    bounds.put(table + "." + rs.getString(2).toLowerCase(Locale.ROOT), rs.getInt(3));
                }
            }
        }
        return bounds;
    }
}
