package org.clinicdesk.app.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.site.ClinicSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrator's clinic settings form on a real store: load, check every field first, save, audit. */
class ClinicSettingsViewModelTest {
    @TempDir
    Path dataDir;
    private Workstore store;
    private final List<ClinicSettings> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        store = TestStores.openWithUsers(dataDir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ClinicSettingsViewModel form(String user) {
        Session session = Sessions.signIn(store, user);
        ClinicSettingsViewModel model = new ClinicSettingsViewModel(session, new SameThreadTaskExecutor(), saved::add);
        model.load();
        return model;
    }

    @Test
    void anAdministratorChangesWhatEveryDeskSharesAndEachChangeIsAudited() {
        ClinicSettingsViewModel model = form("admin");
        assertThat(model.clinicNameProperty().get()).isEqualTo("Demo clinic");
        assertThat(model.idleMinutesProperty().get()).isEqualTo("5");
        assertThat(model.tokenPrefixProperty().get()).isEqualTo("A");

        model.clinicNameProperty().set("Asha Family Clinic");
        model.dateOrderProperty().set(DateOrder.MONTH_FIRST);
        model.idleMinutesProperty().set("10");
        model.tokenPrefixProperty().set("r");
        model.save();

        ClinicSettings now = store.services().settings().current();
        assertThat(now.clinicName()).isEqualTo("Asha Family Clinic");
        assertThat(now.dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(now.idleLockMinutes()).isEqualTo(10);
        assertThat(now.tokenPrefix(store.siteSettings().orElseThrow().site()).value()).isEqualTo("R");
        assertThat(saved).hasSize(1);
        assertThat(model.messageProperty().get()).startsWith("Saved");
        assertThat(store.services().dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(settingChanges()).as("one audit event per changed setting").isEqualTo(4);
    }

    @Test
    void aBadFieldIsNamedAndNothingIsWritten() {
        ClinicSettingsViewModel model = form("admin");
        model.clinicNameProperty().set("Renamed");
        model.idleMinutesProperty().set("600");
        model.save();

        assertThat(model.messageProperty().get()).contains("idle-minutes");
        assertThat(store.services().settings().current().clinicName()).isEqualTo("Demo clinic");
        assertThat(saved).isEmpty();
        assertThat(settingChanges()).isZero();
    }

    private int settingChanges() {
        try (var c = store.services().store().dataSource().getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM audit_event WHERE action = 'CLINIC_SETTING_CHANGED'")) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNurseIsRefusedAndNothingIsWritten() {
        ClinicSettingsViewModel model = form("nurse");
        model.clinicNameProperty().set("Nurse's clinic");
        model.save();

        assertThat(model.messageProperty().get()).contains("administer");
        assertThat(store.services().settings().current().clinicName()).isEqualTo("Demo clinic");
        assertThat(saved).isEmpty();
    }

    @Test
    void theClinicsPrintedAddressAndPhoneAreSavedAndAudited() {
        ClinicSettingsViewModel model = form("admin");
        assertThat(model.addressProperty().get()).isEmpty();
        model.addressProperty().set("12 MG Road\nBengaluru 560001");
        model.phoneProperty().set("080 2345 6789");
        model.save();

        var contact = store.services().settings().contact();
        assertThat(contact.address()).isEqualTo("12 MG Road\nBengaluru 560001");
        assertThat(contact.phone()).isEqualTo("080 2345 6789");
        assertThat(settingChanges()).isEqualTo(2);
        assertThat(form("admin").phoneProperty().get()).as("shown again when the dialog opens").isEqualTo("080 2345 6789");
    }

    @Test
    void aBadPhoneIsNamedAndNothingIsWritten() {
        ClinicSettingsViewModel model = form("admin");
        model.clinicNameProperty().set("Renamed");
        model.addressProperty().set("12 MG Road");
        model.phoneProperty().set("call us");
        model.save();

        assertThat(model.messageProperty().get()).contains("phone");
        assertThat(store.services().settings().contact().address()).isEmpty();
        assertThat(store.services().settings().current().clinicName()).isEqualTo("Demo clinic");
        assertThat(settingChanges()).isZero();
    }
}
