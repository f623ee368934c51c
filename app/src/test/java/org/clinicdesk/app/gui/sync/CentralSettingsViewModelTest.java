package org.clinicdesk.app.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.gui.testsupport.CentralTestDatabase;
import org.clinicdesk.app.sync.CentralSettings;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.storage.sync.CentralServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CentralSettingsViewModelTest {
    private static final Actor ADMIN = new Actor(UUID.randomUUID(), "admin", Role.ADMIN, SiteCode.of("A"));
    private static final Actor NURSE = new Actor(UUID.randomUUID(), "nurse", Role.NURSE, SiteCode.of("A"));
    @TempDir
    Path dataDir;
    private final AtomicInteger restarts = new AtomicInteger();

    private CentralSettingsViewModel form(Actor actor, String url, String user, String password) {
        CentralSettingsViewModel model = new CentralSettingsViewModel(actor, dataDir, new SameThreadTaskExecutor(),
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
        assertThat(CentralSettings.stored(dataDir)).contains(
                new CentralServer("jdbc:postgresql://central.invalid:5432/clinicdesk?sslmode=verify-full", "cd_a_0190",
                        "s3cret"));
        assertThat(CentralSettings.resolve(dataDir, null, java.util.Map.of(), org.clinicdesk.storage.sync.Transport.VERIFIED).url())
                .isEqualTo("jdbc:postgresql://central.invalid:5432/clinicdesk?sslmode=verify-full");
        assertThat(restarts).hasValue(1);

        CentralSettingsViewModel reopened = form(ADMIN, "", "", "");
        reopened.load();
        assertThat(reopened.userProperty().get()).isEqualTo("cd_a_0190");
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
