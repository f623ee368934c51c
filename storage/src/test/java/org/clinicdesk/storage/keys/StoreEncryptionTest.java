package org.clinicdesk.storage.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinicdesk.storage.keys.EncryptedStoreFixture.DOCUMENT_TEXT;
import static org.clinicdesk.storage.keys.EncryptedStoreFixture.NAME;
import static org.clinicdesk.storage.keys.EncryptedStoreFixture.NOTE_TEXT;
import static org.clinicdesk.storage.keys.EncryptedStoreFixture.PHONE;
import static org.clinicdesk.storage.keys.EncryptedStoreFixture.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.db.StoreDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, must-show 1 and 3: what is on disk reveals nothing, and only the desk key or the recovery key opens it. */
class StoreEncryptionTest {
    @TempDir
    Path tmp;

    private Path data() {
        return tmp.resolve("data");
    }

    private Path keys() {
        return tmp.resolve("keys");
    }

    @Test
    void theGrepFindsANameInAPlainH2File() throws Exception {
        // negative control: the same search over a store written the old way finds the name
        Path plain = tmp.resolve("plain");
        Files.createDirectories(plain);
        try (Connection c = DriverManager.getConnection(StoreDatabase.plainJdbcUrl(plain), "sa", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE patient(name VARCHAR(100)); INSERT INTO patient VALUES ('" + NAME + "')");
        }
        assertThat(EncryptedStoreFixture.contains(Files.readAllBytes(StoreDatabase.file(plain)), NAME)).isTrue();
    }

    @Test
    void noPatientNamePhoneOrNoteTextIsInAnyFileOfTheDataFolder() throws Exception {
        EncryptedStoreFixture.makeStore(data(), keys());
        List<Path> files = EncryptedStoreFixture.files(data());
        assertThat(files).contains(StoreDatabase.file(data()), data().resolve(StoreKeys.FILE));
        assertThat(files).anyMatch(f -> f.startsWith(data().resolve("blobs")));
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            for (String secret : List.of(NAME, "Quillfeather", PHONE, NOTE_TEXT, "xylocaine", DOCUMENT_TEXT)) {
                assertThat(EncryptedStoreFixture.contains(bytes, secret)).as("%s in %s", secret, f).isFalse();
            }
        }
        assertThat(data().resolve("clinicdesk.trace.db")).doesNotExist();
    }

    @Test
    void plainH2CannotOpenTheStoreFile() {
        EncryptedStoreFixture.makeStore(data(), keys());
        assertThatThrownBy(() -> DriverManager.getConnection(StoreDatabase.plainJdbcUrl(data()), "sa", "").close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(StoreDatabase.jdbcUrl(data()), "sa",
                "not-the-file-password not-the-user-password").close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("Encryption error");
    }

    @Test
    void theDeskKeyOpensTheStore() {
        EncryptedStoreFixture.makeStore(data(), keys());
        try (LocalStore store = LocalStore.open(data(), Clock.systemUTC(), access(keys()))) {
            assertThat(store.unlockedWith().source()).isEqualTo(StoreKeys.Source.DESK_KEY);
            assertThat(store.recoveryKeyToShow()).isEmpty();
            assertThat(EncryptedStoreFixture.hasPatient(store)).isTrue();
            assertThat(store.blobs().get(org.clinicdesk.core.documents.Sha256.hex(DOCUMENT_TEXT.getBytes())))
                    .hasValueSatisfying(b -> assertThat(new String(b)).isEqualTo(DOCUMENT_TEXT));
        }
    }

    @Test
    void theRecoveryKeyOpensTheStoreAndGivesThisComputerANewDeskKey() throws Exception {
        RecoveryKey recovery = EncryptedStoreFixture.makeStore(data(), keys());
        deleteTree(keys());
        try (LocalStore store = LocalStore.open(data(), Clock.systemUTC(),
                access(keys()).withRecoveryKey(RecoveryKey.parse(recovery.formatted().toLowerCase())))) {
            assertThat(store.unlockedWith().source()).isEqualTo(StoreKeys.Source.RECOVERY_KEY);
            assertThat(EncryptedStoreFixture.hasPatient(store)).isTrue();
        }
        try (LocalStore store = LocalStore.open(data(), Clock.systemUTC(), access(keys()))) {
            assertThat(store.unlockedWith().source()).isEqualTo(StoreKeys.Source.DESK_KEY);
        }
    }

    @Test
    void aWrongRecoveryKeyIsRefusedAndNothingIsWritten() throws Exception {
        EncryptedStoreFixture.makeStore(data(), keys());
        Path otherKeys = tmp.resolve("other-keys");
        var before = EncryptedStoreFixture.hashes(data(), keys());
        RecoveryKey wrong = RecoveryKey.generate();
        assertThatThrownBy(() -> LocalStore.open(data(), Clock.systemUTC(), access(otherKeys).withRecoveryKey(wrong)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("recovery-key")
                .hasMessageContaining("does not open the store in " + data()).hasMessageContaining("nothing was changed");
        assertThat(EncryptedStoreFixture.hashes(data(), keys())).isEqualTo(before);
        assertThat(otherKeys).doesNotExist();
    }

    @Test
    void aMistypedRecoveryKeyIsToldApartFromAWrongOne() {
        String typed = RecoveryKey.generate().formatted();
        String oneLetterChanged = (typed.charAt(0) == 'A' ? "B" : "A") + typed.substring(1);
        assertThatThrownBy(() -> RecoveryKey.parse(oneLetterChanged)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("mistyped");
        assertThatThrownBy(() -> RecoveryKey.parse("ABCD-EFGH")).hasMessageContaining("13 groups of 4");
    }

    @Test
    void aCopyOnAnotherComputerOpensOnlyWithTheRecoveryKey() throws Exception {
        RecoveryKey recovery = EncryptedStoreFixture.makeStore(data(), keys());
        Path copy = tmp.resolve("other-computer").resolve("data");
        Path otherKeys = tmp.resolve("other-computer").resolve("keys");
        copyTree(data(), copy);
        assertThatThrownBy(() -> LocalStore.open(copy, Clock.systemUTC(), access(otherKeys)))
                .isInstanceOf(StoreLockedException.class).hasMessageContaining("no desk key")
                .hasMessageContaining("recover --recovery-key");
        try (LocalStore store = LocalStore.open(copy, Clock.systemUTC(), access(otherKeys).withRecoveryKey(recovery))) {
            assertThat(EncryptedStoreFixture.hasPatient(store)).isTrue();
        }
    }

    @Test
    void anotherStoresDeskKeyDoesNotOpenIt() throws Exception {
        EncryptedStoreFixture.makeStore(data(), keys());
        Path second = tmp.resolve("second");
        EncryptedStoreFixture.makeStore(second, keys());
        // the first store's header with the second store's key id: its desk key is found but does not unwrap
        String firstId = StoreKeys.keyId(data()).orElseThrow();
        String secondId = StoreKeys.keyId(second).orElseThrow();
        Files.copy(new KeyFolder(keys()).fileOf(secondId), new KeyFolder(keys()).fileOf(firstId),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> LocalStore.open(data(), Clock.systemUTC(), access(keys())))
                .isInstanceOf(StoreLockedException.class).hasMessageContaining("does not open the store");
    }

    @Test
    void aKeyFolderInsideTheDataFolderIsRefused() {
        assertThatThrownBy(() -> LocalStore.open(data(), Clock.systemUTC(), access(data().resolve("keys"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("outside");
    }

    static void copyTree(Path from, Path to) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    static void deleteTree(Path root) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
