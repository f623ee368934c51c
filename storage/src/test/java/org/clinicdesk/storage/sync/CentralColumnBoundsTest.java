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
 * The central server holds no synced text longer than a desk can store. A desk's column of at most n characters (UTF-16
 * units) has a check on the server with the same bound, counted the same way: a longer value from a hostile login is
 * refused by the server, instead of being stored there and listed as a conflict at every other desk's pull. Compared
 * for every synced table's every bounded column of the desk (read from both catalogues, not from a list kept by hand).
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
        Map<String, Integer> central = new TreeMap<>();
        try (PgTestDatabase db = PgTestDatabase.create(); Connection c = db.adminConnection()) {
            CentralBounds.read(c).forEach((table, columns) -> {
                if (SyncedTable.byName(table).isPresent()) {
                    columns.forEach((column, bound) -> central.put(table + "." + column, bound));
                }
            });
        }
        List<String> differ = new ArrayList<>();
        desk.forEach((column, bound) -> {
            if (!bound.equals(central.get(column))) {
                differ.add(column + ": desk " + bound + ", server " + (central.containsKey(column) ? central.get(column)
                        : "unbounded"));
            }
        });
        assertThat(desk).as("bounded desk columns of the synced tables").hasSizeGreaterThan(100);
        assertThat(differ).as("synced text columns whose server bound differs from the desk's").isEmpty();
    }

    /**
     * The server counts as a desk does: a character outside the Basic Multilingual Plane is two units. The cases sit
     * on each side of the bound and of each shortcut the count takes (at most n bytes, more than n characters).
     */
    @Test
    void theServersCheckCountsUtf16UnitsAsADeskDoes() throws Exception {
        String face = "\uD83D\uDE00";
        try (PgTestDatabase db = PgTestDatabase.create(); Connection c = db.adminConnection();
             PreparedStatement ps = c.prepareStatement("SELECT cd_fits(?, 4000)")) {
            for (Object[] value : new Object[][] {{"x".repeat(4000), true}, {"x".repeat(4001), false},
                    {face.repeat(2000), true}, {face.repeat(2001), false}, {face.repeat(1999) + "xx", true},
                    {face.repeat(1999) + "xxx", false}, {"\u0939\u093F".repeat(2000), true},
                    {"\u0939\u093F".repeat(2000) + "x", false}, {face + "x".repeat(3998), true},
                    {face + "x".repeat(3999), false}, {null, true}}) {
                ps.setString(1, (String) value[0]);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).as("%s units", value[0] == null ? "null"
                            : ((String) value[0]).length()).isEqualTo(value[1]);
                }
            }
        }
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
