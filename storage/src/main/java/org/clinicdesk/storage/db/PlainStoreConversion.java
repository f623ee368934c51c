package org.clinicdesk.storage.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clinicdesk.storage.files.OwnerOnly;
import org.clinicdesk.storage.keys.DataKey;
import org.clinicdesk.storage.keys.DeskKeyStore;
import org.clinicdesk.storage.keys.StoreKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts a store made before stores were encrypted, in place. The plain store is scripted (the script itself
 * encrypted with a key derived from the new data key) and run into a new encrypted file beside it; the copy is
 * verified table by table (row counts); only then are the keys kept and the encrypted file moved over the plain one,
 * atomically. A run cut off at any point leaves either the plain store (the next open starts again) or the keys and
 * the encrypted copy (the next open finishes the move).
 */
public final class PlainStoreConversion {
    private static final Logger LOG = LoggerFactory.getLogger(PlainStoreConversion.class);
    private static final String COPY = StoreDatabase.NAME + "-encrypted";
    private static final String SCRIPT = StoreDatabase.NAME + "-conversion.sql";

    private PlainStoreConversion() {
    }

    /** Whether the data folder holds a store file that H2 wrote without encryption. */
    public static boolean isPlain(Path dataDir) {
        return startsWith(StoreDatabase.file(dataDir), "H:2");
    }

    /** Whether a file is an H2 file encrypted with {@code CIPHER=AES}. */
    public static boolean isEncrypted(Path file) {
        return startsWith(file, "H2encrypt");
    }

    private static boolean startsWith(Path file, String magic) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] head = new byte[magic.length()];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length
                    && new String(head, StandardCharsets.ISO_8859_1).equals(magic);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the store file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Finishes or discards what a cut-off conversion left, before the store is opened. */
    public static void tidy(Path dataDir) {
        Path copy = dataDir.resolve(COPY + ".mv.db");
        try {
            Files.deleteIfExists(dataDir.resolve(SCRIPT));
            if (!Files.exists(copy)) {
                return;
            }
            if (StoreKeys.present(dataDir) && isPlain(dataDir) && isEncrypted(copy)) {
                LOG.info("Finishing the encryption of {}: moving the verified copy into place", dataDir);
                Files.move(copy, StoreDatabase.file(dataDir), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.delete(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot tidy an interrupted encryption of " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Encrypts the plain store in {@code dataDir}; returns the keys it now opens with (the recovery key to show). */
    public static StoreKeys.Unlocked encrypt(Path dataDir, DeskKeyStore deskKeys) {
        StoreKeys.NewKeys keys = StoreKeys.newKeys();
        Path script = dataDir.resolve(SCRIPT);
        Path copy = dataDir.resolve(COPY + ".mv.db");
        String scriptPassword = keys.dataKey().conversionScriptPassword();
        try {
            OwnerOnly.ensureFile(script);
            Map<String, Long> counts;
            try (Connection plain = DriverManager.getConnection(StoreDatabase.plainJdbcUrl(dataDir), "sa", "")) {
                counts = rowCounts(plain);
                try (PreparedStatement ps = plain.prepareStatement("SCRIPT TO ? COMPRESSION DEFLATE CIPHER AES PASSWORD ?")) {
                    ps.setString(1, script.toString());
                    ps.setString(2, scriptPassword);
                    ps.execute();
                }
                shutdown(plain);
            }
            OwnerOnly.ensureFile(copy);
            try (Connection encrypted = DriverManager.getConnection(StoreDatabase.jdbcUrl(dataDir, COPY) + ";CIPHER=AES",
                    StoreDatabase.USER, keys.dataKey().databasePassword())) {
                try (PreparedStatement ps = encrypted.prepareStatement(
                        "RUNSCRIPT FROM ? COMPRESSION DEFLATE CIPHER AES PASSWORD ?")) {
                    ps.setString(1, script.toString());
                    ps.setString(2, scriptPassword);
                    ps.execute();
                }
                try (Statement st = encrypted.createStatement()) {
                    // the script may carry the old user's empty password; the store's user has the derived one
                    st.execute("ALTER USER " + StoreDatabase.USER + " SET PASSWORD '" + keys.dataKey().userPassword() + "'");
                }
                Map<String, Long> copied = rowCounts(encrypted);
                if (!copied.equals(counts)) {
                    throw new IllegalStateException("The encrypted copy of " + StoreDatabase.file(dataDir) + " does not "
                            + "match it (rows per table before " + counts + ", after " + copied + "); the plain store "
                            + "is unchanged");
                }
                shutdown(encrypted);
            }
            Files.delete(script);
            StoreKeys.Unlocked unlocked = keys.keep(dataDir, deskKeys);
            Files.move(copy, StoreDatabase.file(dataDir), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(dataDir.resolve(StoreDatabase.NAME + ".trace.db"));
            LOG.info("Encrypted the store in {} ({} tables, {} rows)", dataDir, counts.size(),
                    counts.values().stream().mapToLong(Long::longValue).sum());
            return unlocked;
        } catch (SQLException e) {
            discard(copy, script);
            throw new IllegalStateException("Could not encrypt the store " + StoreDatabase.file(dataDir) + ": "
                    + e.getMessage() + "; the plain store is unchanged", e);
        } catch (IOException e) {
            discard(copy, script);
            throw new UncheckedIOException("Could not encrypt the store " + StoreDatabase.file(dataDir) + ": "
                    + e.getMessage() + "; the plain store is unchanged", e);
        } catch (RuntimeException e) {
            discard(copy, script);
            throw e;
        }
    }

    /** Rows per table of the store's own schema. */
    public static Map<String, Long> rowCounts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM "
                + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    private static void shutdown(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        }
    }

    private static void discard(Path copy, Path script) {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(script);
        } catch (IOException e) {
            LOG.warn("Could not remove {} after a failed encryption", copy, e);
        }
    }
}
