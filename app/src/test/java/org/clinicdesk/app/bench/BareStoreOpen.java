package org.clinicdesk.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The yardstick of {@code scripts/bench desk} for a command-line verb: a bare JVM that opens the same encrypted H2
 * file (same URL, cipher and password, read from the file {@link DeskStore} wrote) with plain JDBC, reads one row
 * and exits. Run with only H2 and this class on the class path. Usage: {@code BareStoreOpen DATA_DIR PASSWORD_FILE}.
 */
public final class BareStoreOpen {
    private BareStoreOpen() {
    }

    public static void main(String[] args) throws Exception {
        // StoreDatabase.jdbcUrl, written out: this JVM loads nothing of ClinicDesk
        String url = "jdbc:h2:file:" + Path.of(args[0]).toAbsolutePath().resolve("clinicdesk")
                + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;TRACE_LEVEL_FILE=0;MAX_COMPACT_TIME=0;CIPHER=AES";
        String password = Files.readString(Path.of(args[1]));
        try (Connection c = DriverManager.getConnection(url, "SA", password); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                throw new IllegalStateException("the store has no schema history");
            }
        }
    }
}
