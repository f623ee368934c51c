package org.clinicdesk.storage.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinicdesk.storage.keys.EncryptedStoreFixture.DOCUMENT_TEXT;
import static org.clinicdesk.storage.keys.EncryptedStoreFixture.access;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.clinicdesk.core.documents.Sha256;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.db.PlainStoreConversion;
import org.clinicdesk.storage.db.StoreDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store written before stores were encrypted is encrypted in place, and every row and document survives. */
class PlainStoreConversionTest {
    @TempDir
    Path tmp;

    private Path data() {
        return tmp.resolve("data");
    }

    private Path keys() {
        return tmp.resolve("keys");
    }

    /**
     * The previous code path's store: the same rows, in a plain file that opens as sa with an empty password, and the
     * document's bytes in clear under their hash; no store.keys.
     */
    private Map<String, Long> makePlainStore() throws Exception {
        EncryptedStoreFixture.makeStore(data(), keys());
        String password;
        try (LocalStore store = LocalStore.open(data(), Clock.systemUTC(), access(keys()))) {
            password = store.unlockedWith().dataKey().databasePassword();
        }
        Path script = tmp.resolve("store.sql");
        try (Connection c = DriverManager.getConnection(StoreDatabase.jdbcUrl(data()), StoreDatabase.USER, password);
             Statement st = c.createStatement()) {
            st.execute("SCRIPT TO '" + script + "'");
        }
        Files.delete(StoreDatabase.file(data()));
        try (Connection c = DriverManager.getConnection(StoreDatabase.plainJdbcUrl(data()), "sa", "");
             Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM '" + script + "'");
            st.execute("ALTER USER SA SET PASSWORD ''");
        }
        Files.delete(data().resolve(StoreKeys.FILE));
        byte[] document = DOCUMENT_TEXT.getBytes(StandardCharsets.UTF_8);
        String sha = Sha256.hex(document);
        Files.write(data().resolve("blobs").resolve(sha.substring(0, 2)).resolve(sha.substring(2)), document);
        assertThat(PlainStoreConversion.isPlain(data())).isTrue();
        assertThat(EncryptedStoreFixture.contains(Files.readAllBytes(StoreDatabase.file(data())), "Quillfeather")).isTrue();
        try (Connection c = DriverManager.getConnection(StoreDatabase.plainJdbcUrl(data()), "sa", "")) {
            return rowCounts(c);
        }
    }

    @Test
    void aPlainStoreIsEncryptedInPlaceAndKeepsEveryRowAndDocument() throws Exception {
        Map<String, Long> before = makePlainStore();
        assertThat(before).containsKeys("PATIENT", "SOAP_NOTE", "AUDIT_EVENT", "DESK_IDENTITY");
        Path newKeys = tmp.resolve("new-keys");
        try (LocalStore store = LocalStore.open(data(), Clock.systemUTC(), access(newKeys))) {
            assertThat(store.recoveryKeyToShow()).isPresent();
            try (Connection c = store.dataSource().getConnection()) {
                assertThat(rowCounts(c)).isEqualTo(before);
            }
            assertThat(EncryptedStoreFixture.hasPatient(store)).isTrue();
            assertThat(store.blobs().get(Sha256.hex(DOCUMENT_TEXT.getBytes(StandardCharsets.UTF_8))))
                    .hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo(DOCUMENT_TEXT));
        }
        assertThat(PlainStoreConversion.isEncrypted(StoreDatabase.file(data()))).isTrue();
        for (Path f : EncryptedStoreFixture.files(data())) {
            assertThat(EncryptedStoreFixture.contains(Files.readAllBytes(f), "Quillfeather")).as(f.toString()).isFalse();
            assertThat(EncryptedStoreFixture.contains(Files.readAllBytes(f), DOCUMENT_TEXT)).as(f.toString()).isFalse();
        }
        try (var left = Files.list(data())) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("clinicdesk.mv.db", StoreKeys.FILE, "blobs");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(StoreDatabase.plainJdbcUrl(data()), "sa", "").close())
                .isInstanceOf(SQLException.class);
        try (LocalStore again = LocalStore.open(data(), Clock.systemUTC(), access(newKeys))) {
            assertThat(again.unlockedWith().source()).isEqualTo(StoreKeys.Source.DESK_KEY);
        }
    }

    @Test
    void aProgramThatMayNotShowTheRecoveryKeyLeavesAPlainStoreAlone() throws Exception {
        makePlainStore();
        var before = EncryptedStoreFixture.hashes(data());
        assertThatThrownBy(() -> LocalStore.open(data(), Clock.systemUTC(), access(keys()).refusingPlainStores()))
                .isInstanceOf(StoreLockedException.class).hasMessageContaining("not encrypted yet")
                .hasMessageContaining("clinicdesk init");
        assertThat(EncryptedStoreFixture.hashes(data())).isEqualTo(before);
    }

    @Test
    void aConversionCutOffAfterItsKeysWereKeptIsFinishedAtTheNextOpen() throws Exception {
        Map<String, Long> before = makePlainStore();
        Path newKeys = tmp.resolve("new-keys");
        // what a power cut between keeping the keys and moving the copy leaves: keys, the plain file, the copy
        Path plainCopy = tmp.resolve("plain.mv.db");
        Files.copy(StoreDatabase.file(data()), plainCopy);
        LocalStore.open(data(), Clock.systemUTC(), access(newKeys)).close();
        Files.move(StoreDatabase.file(data()), data().resolve("clinicdesk-encrypted.mv.db"));
        Files.copy(plainCopy, StoreDatabase.file(data()));
        try (LocalStore store = LocalStore.open(data(), Clock.systemUTC(), access(newKeys));
             Connection c = store.dataSource().getConnection()) {
            assertThat(rowCounts(c)).isEqualTo(before);
        }
        assertThat(data().resolve("clinicdesk-encrypted.mv.db")).doesNotExist();
        assertThat(PlainStoreConversion.isEncrypted(StoreDatabase.file(data()))).isTrue();
    }

    private static Map<String, Long> rowCounts(Connection c) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM "
                + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                counts.put(rs.getString(1), 0L);
            }
        }
        for (String table : counts.keySet()) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }
}
