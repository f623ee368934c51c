package org.clinicdesk.storage.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.site.ClinicSettingsService;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clinic's shared settings kept in the real store's synced {@code clinic_setting} table. */
class ClinicSettingsStoreTest {
    @TempDir
    Path dir;

    private static ClinicSettingsService settingsOf(LocalStore store) {
        return new ClinicSettingsService(store.context(), store.clinicSettings(), store::siteSettings);
    }

    @Test
    void aChangedSettingIsReadBackAfterTheStoreIsOpenedAgain() {
        try (LocalStore store = TestStores.openInitialised(dir)) {
            ClinicSettingsService settings = settingsOf(store);
            assertThat(settings.current().clinicName()).isEqualTo("Green Valley Clinic");
            settings.renameClinic(TestStores.actor(Role.ADMIN), "Hill Road Clinic");
            settings.setDateOrder(TestStores.actor(Role.ADMIN), DateOrder.MONTH_FIRST);
        }
        try (LocalStore store = LocalStore.open(dir, Clock.systemUTC())) {
            assertThat(settingsOf(store).current().clinicName()).isEqualTo("Hill Road Clinic");
            assertThat(settingsOf(store).current().dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
        }
    }

    @Test
    void settingTheSameNameTwiceKeepsOneRowWhoseIdEveryDeskDerivesAlike() {
        try (LocalStore store = TestStores.openInitialised(dir)) {
            store.context().tx().run(() -> store.clinicSettings().put("clinic.name", "First"));
            store.context().tx().run(() -> store.clinicSettings().put("clinic.name", "Second"));
            assertThat(TestStores.count(store, "SELECT COUNT(*) FROM clinic_setting WHERE setting_name = 'clinic.name'"))
                    .isEqualTo(1);
            assertThat(TestStores.count(store, "SELECT COUNT(*) FROM clinic_setting WHERE id = ?",
                    HibernateClinicSettings.rowId(TestStores.CLINIC, "clinic.name"))).isEqualTo(1);
            assertThat(store.clinicSettings().all()).containsEntry("clinic.name", "Second");
        }
        assertThat(HibernateClinicSettings.rowId(TestStores.CLINIC, "a"))
                .isEqualTo(HibernateClinicSettings.rowId(TestStores.CLINIC, "a"))
                .isNotEqualTo(HibernateClinicSettings.rowId(TestStores.CLINIC, "b"));
    }

    @Test
    void rowsThatSyncWroteBesideHibernateShowAfterAReload() throws Exception {
        try (LocalStore store = TestStores.openInitialised(dir)) {
            assertThat(store.clinicSettings().all()).doesNotContainKey("clinic.phone");
            // sync writes pulled rows with plain JDBC; the cached map only sees them after reload()
            store.context().tx().run(() -> store.clinicSettings().put("clinic.phone", "0422 123456"));
            assertThat(store.clinicSettings().all()).containsEntry("clinic.phone", "0422 123456");
            TestStores.execute(store, "UPDATE clinic_setting SET setting_value = '0422 999999' WHERE setting_name = 'clinic.phone'");
            assertThat(store.clinicSettings().all()).containsEntry("clinic.phone", "0422 123456");
            ((HibernateClinicSettings) store.clinicSettings()).reload();
            assertThat(store.clinicSettings().all()).containsEntry("clinic.phone", "0422 999999");
        }
    }

    @Test
    void theDesksKnownToTheClinicIncludeThisOne() {
        try (LocalStore store = TestStores.openInitialised(dir)) {
            assertThat(store.context().tx().inTransaction(() -> store.clinicSettings().knownSites()))
                    .contains(TestStores.SITE);
        }
    }

    @Test
    void aSettingCannotBeWrittenBeforeTheDeskIsSetUp() {
        try (LocalStore store = LocalStore.open(dir, Clock.systemUTC())) {
            assertThatThrownBy(() -> store.context().tx().run(() -> store.clinicSettings().put("clinic.name", "X")))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("clinicdesk init");
        }
    }
}
