package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bounds the central server's cd_fits checks (central V25) put on text columns, read from its catalogue. */
final class CentralBounds {
    private static final Pattern FITS = Pattern.compile("cd_fits\\(\\(?(\\w+)\\)?(?:::text)?, (\\d+)\\)");

    private CentralBounds() {
    }

    /** Table to column to the most UTF-16 units the server accepts. */
    static Map<String, Map<String, Integer>> read(Connection c) throws SQLException {
        Map<String, Map<String, Integer>> bounds = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.relname, pg_get_constraintdef(k.oid) "
                + "FROM pg_constraint k JOIN pg_class r ON r.oid = k.conrelid WHERE k.contype = 'c'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Matcher fits = FITS.matcher(rs.getString(2));
                if (fits.find()) {
                    bounds.computeIfAbsent(rs.getString(1), t -> new HashMap<>())
                            .put(fits.group(1), Integer.parseInt(fits.group(2)));
                }
            }
        }
        return bounds;
    }
}
