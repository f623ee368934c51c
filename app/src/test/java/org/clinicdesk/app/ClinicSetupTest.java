package org.clinicdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.storage.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClinicSetupTest {
    @TempDir
    Path dir;

    @Test
    void aRefusedAdministratorLeavesNoClinicBehind() {
        try (LocalStore store = LocalStore.open(dir, Clock.systemUTC())) {
            ClinicServices services = ClinicServices.over(store);
            SiteSettings siteA = new SiteSettings(SiteCode.of("A"), "Green Valley", UUID.randomUUID());
            assertThatThrownBy(() -> ClinicSetup.createClinic(services, siteA, "admin", "short".toCharArray()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("password"));
            assertThat(store.siteSettings()).isEmpty();
            assertThat(services.users().hasUsers()).isFalse();

            SiteSettings siteB = new SiteSettings(SiteCode.of("B"), "Green Valley", UUID.randomUUID());
            ClinicSetup.createClinic(services, siteB, "admin", "long-enough-1".toCharArray());
            assertThat(store.siteSettings()).contains(siteB);
            assertThat(services.users().signIn("admin", "long-enough-1".toCharArray(), siteB.site()).site())
                    .isEqualTo(siteB.site());
        }
    }
}
