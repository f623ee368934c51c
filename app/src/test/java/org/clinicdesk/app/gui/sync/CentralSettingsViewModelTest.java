package org.clinicdesk.app.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.clinicdesk.app.gui.testsupport.CentralTestDatabase;
import org.clinicdesk.app.sync.CentralSettings;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.sync.CentralServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CentralSettingsViewModelTest {
    private static final Actor ADMIN = new Actor(UUID.randomUUID(), "admin", Role.ADMIN, SiteCode.of("A"));
    private static final Actor NURSE = new Actor(UUID.randomUUID(), "nurse", Role.NURSE, SiteCode.of("A"));
    private Path dataDir;
    private Workstore store;
    private final AtomicInteger restarts = new AtomicInteger();

    @BeforeAll
    void open(@TempDir Path dir) {
        dataDir = dir.resolve("desk");
        store = TestStores.open(dataDir);
    }

    @AfterAll
    void close() {
        store.close();
    }

    @BeforeEach
    void noSettingsYet() throws Exception {
        Files.deleteIfExists(dataDir.resolve(CentralSettings.FILE));
        restarts.set(0);
    }

    private LocalStore local() {
        return store.services().store();
    }

    private CentralSettingsViewModel form(Actor actor, String url, String user, String password) {
        CentralSettingsViewModel model = new CentralSettingsViewModel(actor, local(), new SameThreadTaskExecutor(),
                restarts::incrementAndGet);
        model.urlProperty().set(url);
        model.userProperty().set(user);
        model.passwordProperty().set(password);
        return model;
    }

    @Test
    void anAdministratorSavesOwnerOnlySettingsThatTheCommandLineReadsAndSyncRestarts() throws Exception {
        form(ADMIN, " jdbc:postgresql://central.invalid:5432/clinicdesk?sslmode=verify-full ", "cd_a_0190", "s3cret")
                .save();

        Path file = dataDir.resolve(CentralSettings.FILE);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(CentralSettings.stored(local())).contains(
                new CentralServer("jdbc:postgresql://central.invalid:5432/clinicdesk?sslmode=verify-full", "cd_a_0190",
                        "s3cret"));
        assertThat(CentralSettings.resolve(local(), null, java.util.Map.of(), org.clinicdesk.storage.sync.Transport.VERIFIED).url())
                .isEqualTo("jdbc:postgresql://central.invalid:5432/clinicdesk?sslmode=verify-full");
        assertThat(restarts).hasValue(1);

        CentralSettingsViewModel reopened = form(ADMIN, "", "", "");
        reopened.load();
        assertThat(reopened.userProperty().get()).isEqualTo("cd_a_0190");
        assertThat(reopened.passwordProperty().get()).isEqualTo("s3cret");
    }

    /** Someone holding a copy of the data folder, without this computer's desk key, must not read the central login. */
    @Test
    void thePasswordIsKeptSealedWithTheStoresKeyNotInTheDataFolderAsText() throws Exception {
        form(ADMIN, "jdbc:postgresql://127.0.0.1:5432/clinicdesk", "cd_a_0190", "s3cret-Pa55").save();

        try (var files = Files.walk(dataDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain("s3cret-Pa55");
            }
        }
        assertThat(Files.readString(dataDir.resolve(CentralSettings.FILE))).contains("password.sealed=")
                .doesNotContainPattern("(?m)^password=");
    }

    /** A sealed password copied into another store's data folder does not open there, and says which file is wrong. */
    @Test
    void aSettingsFileCopiedFromAnotherStoreIsRefusedNamingTheFile(@TempDir Path other) throws Exception {
        form(ADMIN, "jdbc:postgresql://127.0.0.1:5432/clinicdesk", "cd_a_0190", "s3cret").save();
        try (Workstore elsewhere = TestStores.open(other.resolve("desk"))) {
            Files.copy(dataDir.resolve(CentralSettings.FILE), other.resolve("desk").resolve(CentralSettings.FILE));
            assertThatThrownBy(() -> CentralSettings.stored(elsewhere.services().store()))
                    .isInstanceOf(ValidationException.class).hasMessageContaining(CentralSettings.FILE)
                    .hasMessageContaining("another store");
        }
    }

    /**
     * Someone who can write central.properties points it at a server of their own: the sealed password is bound to the
     * server and login it was given for, so it does not open for theirs. The command line can still set the server up
     * again when it is given the login.
     */
    @Test
    void aSettingsFilePointedAtAnotherServerDoesNotOpenItsPassword() throws Exception {
        form(ADMIN, "jdbc:postgresql://127.0.0.1:5432/clinicdesk", "cd_a_0190", "s3cret").save();
        Path file = dataDir.resolve(CentralSettings.FILE);
        Files.writeString(file, Files.readString(file).replace("127.0.0.1\\:5432", "evil.example\\:5432"));
        assertThat(Files.readString(file)).contains("evil.example");

        assertThatThrownBy(() -> CentralSettings.stored(local())).isInstanceOf(ValidationException.class)
                .hasMessageContaining(CentralSettings.FILE);
        assertThat(CentralSettings.resolve(local(), "jdbc:postgresql://127.0.0.1:5432/clinicdesk",
                java.util.Map.of("CLINICDESK_CENTRAL_USER", "cd_a_0190", "CLINICDESK_CENTRAL_PASSWORD", "s3cret"),
                org.clinicdesk.storage.sync.Transport.VERIFIED).password()).isEqualTo("s3cret");
    }

    /** Settings written by an older ClinicDesk (password as text) keep working and are sealed at the first read. */
    @Test
    void aPlainPasswordFromAnOlderReleaseIsSealedWhenFirstRead() throws Exception {
        Path file = dataDir.resolve(CentralSettings.FILE);
        Files.writeString(file, "url=jdbc:postgresql://127.0.0.1:5432/clinicdesk\nuser=cd_a_0190\npassword=old-s3cret\n");
        assertThat(CentralSettings.stored(local())).hasValueSatisfying(s -> assertThat(s.password())
                .isEqualTo("old-s3cret"));
        assertThat(Files.readString(file)).doesNotContain("old-s3cret").contains("password.sealed=");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(CentralSettings.stored(local())).hasValueSatisfying(s -> assertThat(s.password())
                .isEqualTo("old-s3cret"));
    }

    @Test
    void aNurseCannotChangeTheSettingsAndNothingIsWritten() {
        CentralSettingsViewModel model = form(NURSE, "jdbc:postgresql://central:5432/clinicdesk", "x", "y");
        model.save();
        assertThat(model.messageProperty().get()).contains("Only an administrator");
        assertThat(dataDir.resolve(CentralSettings.FILE)).doesNotExist();
        assertThat(restarts).hasValue(0);
    }

    @Test
    void aPlainConnectionToAnotherComputerIsRefusedAndNotKept() {
        CentralSettingsViewModel model = form(ADMIN, "jdbc:postgresql://central.invalid:5432/clinicdesk", "cd_a_0190",
                "s3cret");
        model.save();
        assertThat(model.messageProperty().get()).contains("sslmode=verify-full");
        assertThat(dataDir.resolve(CentralSettings.FILE)).doesNotExist();
        assertThat(restarts).hasValue(0);
    }

    @Test
    void aUrlThatIsNotPostgresqlIsRefusedNamingTheField() {
        CentralSettingsViewModel model = form(ADMIN, "mysql://central/clinic", "x", "y");
        model.save();
        assertThat(model.messageProperty().get()).contains("url").contains("PostgreSQL JDBC URL");
        assertThat(dataDir.resolve(CentralSettings.FILE)).doesNotExist();
    }

    @Test
    void testingAClosedPortSaysTheServerDidNotAnswer() {
        CentralSettingsViewModel model = form(ADMIN, "jdbc:postgresql://127.0.0.1:1/clinicdesk", "x", "y");
        model.testConnection();
        assertThat(model.messageProperty().get()).doesNotContain("Connected").contains("127.0.0.1:1");
    }

    @Test
    void testingARealCentralServerWithTheSiteLoginSucceeds() {
        try (CentralTestDatabase central = CentralTestDatabase.create()) {
            CentralServer site = central.site(UUID.randomUUID(), "A", central.url());
            CentralSettingsViewModel model = form(ADMIN, site.url(), site.user(), site.password());
            model.testConnection();
            assertThat(model.messageProperty().get()).startsWith("Connected");
            assertThat(dataDir.resolve(CentralSettings.FILE)).as("testing does not save").doesNotExist();
        }
    }
}
