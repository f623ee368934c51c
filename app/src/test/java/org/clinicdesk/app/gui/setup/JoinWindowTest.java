package org.clinicdesk.app.gui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.clinicdesk.app.ClinicSetup;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.CentralTestDatabase;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.app.sync.CentralSettings;
import org.clinicdesk.app.sync.ClinicJoin;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.storage.sync.CentralServer;
import org.clinicdesk.storage.sync.SyncEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The window's first start on an empty data directory joins a clinic whose first desk (site A, with its staff) has
 * synced to a real central PostgreSQL database: the connection test names the clinic, the join shows the first
 * pull's progress, and a user made at desk A signs in here. A site another store holds, and a server that does not
 * answer, keep the form up with the reason.
 */
class JoinWindowTest extends WindowTest {
    private static final UUID CLINIC = UUID.randomUUID();
    @TempDir
    static Path deskA;
    @TempDir
    static Path otherDesk;
    private static CentralTestDatabase central;
    private static Workstore siteA;

    @BeforeAll
    static void clinicWithItsFirstDesk() {
        central = CentralTestDatabase.create();
        siteA = TestStores.open(deskA);
        var admin = ClinicSetup.createClinic(siteA.services(), new SiteSettings(SiteCode.of("A"), "Hill Clinic", CLINIC),
                "admin", PASSWORD.toCharArray());
        DemoSetup.addStaff(siteA.services(), new Actor(admin.id(), admin.username(), Role.ADMIN, SiteCode.of("A")),
                PASSWORD.toCharArray());
        new SyncEngine(siteA.services().store(), central.site(CLINIC, "A", central.url())).syncOnce();
    }

    @AfterAll
    static void dropClinic() {
        siteA.close();
        central.close();
    }

    @Override
    protected Workstore openStore(Path dir) {
        return TestStores.open(dir);
    }

    private void chooseJoin(FxRobot robot) {
        waitUntil(() -> shown(robot, "#joinClinic"));
        robot.clickOn("#joinClinic");
        waitUntil(() -> shown(robot, "#joinUrl"));
    }

    private void fill(FxRobot robot, String url, String site, CentralServer login) {
        robot.interact(() -> robot.lookup("#joinUrl").queryAs(TextField.class).setText(url));
        for (String field : new String[] {"#joinSite", "#joinLogin", "#joinPassword"}) {
            robot.interact(() -> robot.lookup(field).queryAs(TextField.class).clear());
        }
        robot.clickOn("#joinSite").write(site);
        robot.clickOn("#joinLogin").write(login.user());
        robot.clickOn("#joinPassword").write(login.password());
    }

    /** The join form's message; "" once the form has gone (between the join and the sign-in form that follows). */
    private String message(FxRobot robot) {
        return robot.lookup("#joinMessage").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    @Test
    void anEmptyDeskJoinsTheClinicAndAUserOfDeskASignsIn(FxRobot robot) {
        CentralServer siteB = central.site(CLINIC, "B", central.url());
        chooseJoin(robot);
        fill(robot, siteB.url(), "", siteB);
        robot.clickOn("#joinTest");
        waitUntil(() -> message(robot).startsWith("Connected"));
        assertThat(message(robot)).isEqualTo("Connected to Hill Clinic. This login belongs to site B.");
        assertThat(robot.lookup("#joinSite").queryAs(TextField.class).getText()).as("filled in by the test").isEqualTo("B");

        List<Double> progress = new CopyOnWriteArrayList<>();
        List<String> progressText = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            robot.lookup("#joinProgress").queryAs(ProgressBar.class).progressProperty()
                    .addListener((obs, was, now) -> progress.add(now.doubleValue()));
            robot.lookup("#joinProgressText").queryAs(Label.class).textProperty()
                    .addListener((obs, was, now) -> progressText.add(now));
        });
        robot.clickOn("#joinPassword").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#username").tryQuery().isPresent());
        assertThat(progress).as("determinate progress of the first pull").contains(1.0);
        assertThat(progressText).anyMatch(t -> t.startsWith("Copying the clinic's records:"));
        assertThat(store().siteSettings()).hasValueSatisfying(s -> {
            assertThat(s.site()).isEqualTo(SiteCode.of("B"));
            assertThat(s.clinicName()).isEqualTo("Hill Clinic");
            assertThat(s.clinicId()).isEqualTo(CLINIC);
        });
        assertThat(CentralSettings.stored(store().services().store())).contains(siteB);

        robot.clickOn("#username").write("doctor");
        robot.clickOn("#password").write(PASSWORD);
        robot.clickOn("#signIn");
        waitUntil(() -> robot.lookup("#statusUser").tryQuery().isPresent());
        assertThat(robot.lookup("#statusUser").queryAs(Label.class).getText()).startsWith("doctor");
        assertThat(robot.lookup("#statusSite").queryAs(Label.class).getText()).isEqualTo("Site B, Hill Clinic");
    }

    @Test
    void aSiteThatAnotherStoreHoldsIsRefusedAndTheFormCanBeCorrected(FxRobot robot) {
        CentralServer siteC = central.site(CLINIC, "C", central.url());
        new ClinicJoin(otherDesk, siteC, SiteCode.of("C"), Clock.systemUTC()).join(Optional.empty(),
                ClinicJoin.Login.FORGET, ClinicJoin.Progress.NONE);
        chooseJoin(robot);
        fill(robot, siteC.url(), "C", siteC);
        robot.clickOn("#joinSubmit");
        waitUntil(() -> !message(robot).isEmpty());
        assertThat(message(robot)).startsWith("Site C is already held by another store");
        assertThat(robot.lookup("#joinUrl").tryQuery()).as("still on the form").isPresent();
        assertThat(store().siteSettings()).as("nothing made here").isEmpty();

        CentralServer siteD = central.site(CLINIC, "D", central.url());
        fill(robot, siteD.url(), "D", siteD);
        String refused = message(robot);
        robot.clickOn("#joinSubmit");
        // either the sign-in form comes, or a new message says why not (then the test fails at once, naming it)
        waitUntil(() -> robot.lookup("#username").tryQuery().isPresent() || !message(robot).equals(refused)
                && !message(robot).isEmpty());
        assertThat(robot.lookup("#username").tryQuery()).as(() -> robot.lookup("#joinMessage").tryQuery()
                .map(n -> ((Label) n).getText()).orElse("")).isPresent();
        assertThat(store().siteSettings()).hasValueSatisfying(s -> assertThat(s.site()).isEqualTo(SiteCode.of("D")));
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidSoAndNothingIsMade(FxRobot robot) {
        chooseJoin(robot);
        fill(robot, "jdbc:postgresql://127.0.0.1:1/clinicdesk", "B", new CentralServer("jdbc:postgresql://x/y",
                "cd_b_nowhere", "secret"));
        robot.clickOn("#joinTest");
        waitUntil(() -> message(robot).contains("could not be reached"));
        assertThat(message(robot)).startsWith("The central server at jdbc:postgresql://127.0.0.1:1/clinicdesk could "
                + "not be reached");

        robot.clickOn("#joinSubmit");
        waitUntil(() -> !message(robot).isEmpty());
        assertThat(message(robot)).contains("could not be reached").endsWith("Nothing was created here.");
        assertThat(store().siteSettings()).isEmpty();
        assertThat(dataDir.resolve(CentralSettings.FILE)).doesNotExist();
    }
}
