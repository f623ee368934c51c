package org.clinicdesk.app.gui.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.clinicdesk.core.users.PasswordChangeRequiredException;
import org.clinicdesk.core.users.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staff screen's logic without a screen: each action, its message, and the list it leaves behind. */
class StaffViewModelTest {
    @TempDir
    Path dataDir;
    private Workstore store;
    private StaffViewModel model;

    @BeforeEach
    void open() {
        store = TestStores.openWithUsers(dataDir);
        model = new StaffViewModel(Sessions.signIn(store, "admin"), new SameThreadTaskExecutor());
        model.refresh();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void select(String username) {
        model.selectedProperty().set(model.rows().stream().filter(r -> r.username().equals(username)).findFirst()
                .orElseThrow());
    }

    @Test
    void theListHasEveryUserAndTheButtonsFollowTheSelection() {
        assertThat(model.rows()).extracting(StaffRow::username).contains("admin", "nurse", "doctor", "reception");
        assertThat(model.canDisable().get()).isFalse();

        select("nurse");

        assertThat(model.canDisable().get()).isTrue();
        assertThat(model.canEnable().get()).isFalse();
        assertThat(model.canUnlock().get()).isFalse();
    }

    @Test
    void refusingToDisableOneselfShowsTheRuleAndChangesNothing() {
        select("admin");

        model.disable();

        assertThat(model.messageProperty().get()).contains("your own account");
        assertThat(model.selectedProperty().get().active()).isTrue();
    }

    @Test
    void aResetTypedDifferentlyTwiceIsRefusedAndATypedMatchForcesTheChange() {
        select("nurse");
        model.temporaryPasswordProperty().set("temporary-1");
        model.temporaryAgainProperty().set("temporary-2");
        model.resetPassword();
        assertThat(model.messageProperty().get()).isEqualTo("The two passwords differ; type them again.");
        assertThat(model.selectedProperty().get().mustChangePassword()).isFalse();

        model.temporaryPasswordProperty().set("temporary-1");
        model.temporaryAgainProperty().set("temporary-1");
        model.resetPassword();

        assertThat(model.selectedProperty().get().mustChangePassword()).isTrue();
        assertThat(model.temporaryPasswordProperty().get()).isEmpty();
        assertThatThrownBy(() -> Sessions.signIn(store, "nurse")).isInstanceOf(
                org.clinicdesk.core.users.SignInFailedException.class);
        assertThatThrownBy(() -> store.services().users().signIn("nurse", "temporary-1".toCharArray(),
                store.siteSettings().orElseThrow().site())).isInstanceOf(PasswordChangeRequiredException.class);
    }

    @Test
    void anAccountLockedOnThisDeskIsShownAndUnlocked() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> store.services().users().signIn("doctor", "wrong-password".toCharArray(),
                    store.siteSettings().orElseThrow().site()));
        }
        model.refresh();
        select("doctor");
        assertThat(model.selectedProperty().get().lockText()).startsWith("Locked until");

        model.unlock();

        assertThat(model.messageProperty().get()).isEqualTo("doctor is unlocked on this desk.");
        assertThat(model.selectedProperty().get().lockedHere()).isFalse();
        assertThat(Sessions.signIn(store, "doctor").actor().username()).isEqualTo("doctor");
    }

    @Test
    void aNewUserIsAddedAndSelectableAtOnce() {
        model.newNameProperty().set("lata");
        model.newDisplayNameProperty().set("Lata Menon");
        model.newRoleProperty().set(Role.NURSE);
        model.newPasswordProperty().set("lata-pass-1");
        model.newPasswordAgainProperty().set("lata-pass-1");

        model.add();

        assertThat(model.messageProperty().get()).isEqualTo("lata is added.");
        assertThat(model.rows()).anySatisfy(r -> {
            assertThat(r.username()).isEqualTo("lata");
            assertThat(r.role()).isEqualTo("Nurse");
        });
        assertThat(model.newNameProperty().get()).isEmpty();
    }
}
