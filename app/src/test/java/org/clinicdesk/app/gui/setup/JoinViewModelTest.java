package org.clinicdesk.app.gui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.sync.CentralProbe;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.sync.SyncRefusedException;
import org.clinicdesk.storage.sync.CentralServer;
import org.junit.jupiter.api.Test;

class JoinViewModelTest {
    private static final UUID CLINIC = UUID.randomUUID();
    private static final CentralProbe.Reached SITE_B = new CentralProbe.Reached(CLINIC, java.util.Optional.of("Hill Clinic"), SiteCode.of("B"));
    private final AtomicReference<SiteSettings> joined = new AtomicReference<>();
    private final List<Double> progressSeen = new ArrayList<>();

    private JoinViewModel form(Function<CentralServer, CentralProbe.Reached> probe, JoinViewModel.Joiner joiner) {
        JoinViewModel model = new JoinViewModel(new SameThreadTaskExecutor(), Runnable::run, probe, joiner, joined::set);
        model.urlProperty().set(" jdbc:postgresql://central:5432/clinicdesk ");
        model.loginProperty().set("cd_b_0190");
        model.passwordProperty().set("secret");
        model.progressProperty().addListener((obs, was, now) -> progressSeen.add(now.doubleValue()));
        return model;
    }

    private static JoinViewModel.Joiner joinerThatPulls(long rows) {
        return (server, site, progress) -> {
            for (long done = 0; done <= rows; done += 5) {
                progress.pulled(done, rows);
            }
            return new SiteSettings(site, "Hill Clinic", CLINIC);
        };
    }

    @Test
    void aConnectionTestNamesTheClinicAndFillsInTheLoginsSite() {
        JoinViewModel model = form(server -> SITE_B, joinerThatPulls(10));
        assertThat(model.cannotTest().get()).isFalse();
        assertThat(model.incomplete().get()).as("no site code yet").isTrue();

        model.testConnection();

        assertThat(model.siteCodeProperty().get()).isEqualTo("B");
        assertThat(model.messageProperty().get()).isEqualTo("Connected to Hill Clinic. This login belongs to site B.");
        assertThat(model.problemProperty().get()).isFalse();
        assertThat(model.incomplete().get()).isFalse();
    }

    @Test
    void aLoginOfAnotherSiteIsToldApartFromTheTypedSiteCode() {
        JoinViewModel model = form(server -> SITE_B, joinerThatPulls(10));
        model.siteCodeProperty().set("c");
        model.testConnection();
        assertThat(model.messageProperty().get()).contains("belongs to site B, not site C");
        assertThat(model.problemProperty().get()).isTrue();
    }

    @Test
    void aUrlThatIsNotPostgresqlIsRefusedBeforeAnythingConnects() {
        JoinViewModel model = form(server -> {
            throw new AssertionError("must not connect");
        }, joinerThatPulls(10));
        model.urlProperty().set("mysql://central/clinic");
        model.testConnection();
        assertThat(model.messageProperty().get()).startsWith("The central server URL must be a PostgreSQL JDBC URL");
        assertThat(model.problemProperty().get()).isTrue();
    }

    @Test
    void joiningShowsTheFirstPullsProgressThenHandsOverTheSite() {
        JoinViewModel model = form(server -> SITE_B, joinerThatPulls(20));
        model.siteCodeProperty().set("b");
        model.join();
        assertThat(joined.get().site()).isEqualTo(SiteCode.of("B"));
        assertThat(progressSeen).contains(0.25, 1.0);
        assertThat(model.progressTextProperty().get()).isEqualTo("Copying the clinic's records: 20 of 20");
        assertThat(model.joiningProperty().get()).isFalse();
    }

    @Test
    void aRefusedJoinStaysOnTheFormWithTheReason() {
        JoinViewModel model = form(server -> SITE_B, (server, site, progress) -> {
            throw new SyncRefusedException(SyncRefusedException.Reason.SITE_TAKEN, "Site B is already held by another store.");
        });
        model.siteCodeProperty().set("B");
        model.join();
        assertThat(joined.get()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo("Site B is already held by another store.");
        assertThat(model.problemProperty().get()).isTrue();
        assertThat(model.incomplete().get()).as("can be corrected and tried again").isFalse();
    }
}
