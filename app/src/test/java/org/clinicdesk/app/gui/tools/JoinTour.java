package org.clinicdesk.app.gui.tools;

import static org.clinicdesk.app.gui.tools.FxDriver.fire;
import static org.clinicdesk.app.gui.tools.FxDriver.fx;
import static org.clinicdesk.app.gui.tools.FxDriver.fxGet;
import static org.clinicdesk.app.gui.tools.FxDriver.has;
import static org.clinicdesk.app.gui.tools.FxDriver.type;
import static org.clinicdesk.app.gui.tools.FxDriver.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.clinicdesk.app.ClinicSetup;
import org.clinicdesk.app.demo.DemoData;
import org.clinicdesk.app.gui.common.FxTaskExecutor;
import org.clinicdesk.app.gui.common.LocalWorkstore;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.setup.DemoSetup;
import org.clinicdesk.app.gui.shell.Workstation;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.storage.sync.CentralServer;
import org.clinicdesk.storage.sync.SyncEngine;

/**
 * Screenshots of a desk joining a clinic from the window's first start, run under Xvfb by {@code scripts/screenshots}:
 * the choice, the join form after a successful connection test, the first pull's progress, and the sign-in form of
 * the joined clinic. The clinic's first desk (site A, demo data with 800 patients) syncs to a throwaway central database
 * first ({@link TourDatabase}). Usage: {@code JoinTour SHOTS_DIR}; exits 3, saying why, when PostgreSQL cannot be used.
 */
public final class JoinTour {
    private static final String SITE_PASSWORD = "tour-site-secret";
    private static final String CLINIC_NAME = "Green Valley Family Clinic";
    private static final int PATIENTS = 800;
    /** The records a pull reads at a time ({@code SyncEngine}'s batch). */
    private static final int BATCH = 500;
    private final Path shots;
    private final TourDatabase central;

    private JoinTour(Path shots, TourDatabase central) {
        this.shots = shots;
        this.central = central;
    }

    public static void main(String[] args) throws Exception {
        TourDatabase.main("JoinTour", args, (shots, central) -> new JoinTour(shots, central).run());
    }

    private void run() throws Exception {
        UUID clinicId = UUID.randomUUID();
        Workstore deskA = LocalWorkstore.opener(Clock.systemUTC()).open(Files.createTempDirectory("clinicdesk-join-a-"));
        var admin = ClinicSetup.createClinic(deskA.services(), new SiteSettings(SiteCode.of("A"), CLINIC_NAME, clinicId),
                "admin", DemoSetup.PASSWORD.toCharArray());
        // enough patients for a first pull of several batches, so that its progress bar has somewhere to be
        new DemoData(deskA.services()).fill(new Actor(admin.id(), admin.username(), Role.ADMIN, SiteCode.of("A")),
                new DemoData.Options(PATIENTS, DemoData.DEFAULT_SEED, DemoSetup.PASSWORD.toCharArray()));
        new SyncEngine(deskA.services().store(), central.addSite(clinicId, SiteCode.of("A"), SITE_PASSWORD)).syncOnce();
        deskA.close();
        CentralServer siteB = central.addSite(clinicId, SiteCode.of("B"), SITE_PASSWORD);

        FxTaskExecutor executor = new FxTaskExecutor();
        Workstation window = open(Files.createTempDirectory("clinicdesk-join-b-"), executor);
        Scene scene = window.scene();
        waitFor(() -> has(scene, "#joinClinic"));
        shot("31-join-choice");

        fire(scene, "#joinClinic");
        waitFor(() -> has(scene, "#joinUrl"));
        type(scene, "#joinUrl", siteB.url());
        type(scene, "#joinLogin", siteB.user());
        type(scene, "#joinPassword", siteB.password());
        fire(scene, "#joinTest");
        waitFor(() -> message(scene).startsWith("Connected"));
        shot("32-join-tested");

        fire(scene, "#joinSubmit");
        waitFor(() -> progressText(scene).contains(" of "));
        try (PausedPull paused = PausedPull.atTheSecondBatch(central, clinicId)) {
            if (paused.awaitThePull()) {
                waitFor(() -> !progressText(scene).contains(": 0 of"));
            }
            shot("33-join-progress");
        }
        // a new computer's store: its recovery key, shown once before sign-in
        waitFor(() -> has(scene, "#recoveryKey") || has(scene, "#username"));
        if (has(scene, "#recoveryKey")) {
            shot("34-join-recovery-key");
            fire(scene, "#recoveryKeyWrittenDown");
            fire(scene, "#recoveryKeyContinue");
        }
        waitFor(() -> has(scene, "#username"));
        type(scene, "#username", "doctor");
        type(scene, "#password", DemoSetup.PASSWORD);
        shot("35-join-sign-in");
        executor.shutdown();
        fx(window::shutdown);
    }

    private Workstation open(Path dataDir, FxTaskExecutor executor) {
        return (Workstation) fxGet(() -> {
            Stage stage = new Stage();
            stage.setX(0);
            stage.setY(0);
            Workstation w = new Workstation(stage, dataDir, LocalWorkstore.opener(Clock.systemUTC()), store -> { },
                    executor, Clock.systemDefaultZone(), Duration.ofHours(1));
            w.start();
            stage.setWidth(1280);
            stage.setHeight(800);
            return w;
        });
    }

    private static String message(Scene scene) {
        return (String) fxGet(() -> ((Label) scene.getRoot().lookup("#joinMessage")).getText());
    }

    private static String progressText(Scene scene) {
        return (String) fxGet(() -> Optional.ofNullable((Label) scene.getRoot().lookup("#joinProgressText"))
                .map(Label::getText).orElse(""));
    }

    private void shot(String name) throws Exception {
        FxDriver.screenshot(shots, name);
    }

    /**
     * Holds the first pull at its second batch so that its progress can be photographed: once the first batch is on
     * its way, the table most of the second batch's records come from is locked, so that batch waits to read them
     * until the lock goes. One table only: holding some tables while waiting for others could deadlock the pull.
     */
    private static final class PausedPull implements AutoCloseable {
        private final Connection admin;
        private final String table;

        private PausedPull(Connection admin, String table) {
            this.admin = admin;
            this.table = table;
        }

        static PausedPull atTheSecondBatch(TourDatabase central, UUID clinicId) throws SQLException {
            Connection admin = central.admin().connect();
            String table;
            try (PreparedStatement ps = admin.prepareStatement("SELECT entity_table FROM (SELECT entity_table FROM "
                    + "change_feed WHERE clinic_id = ? ORDER BY position OFFSET ? LIMIT ?) second GROUP BY entity_table "
                    + "ORDER BY count(*) DESC LIMIT 1")) {
                ps.setObject(1, clinicId);
                ps.setInt(2, BATCH);
                ps.setInt(3, BATCH);
                try (ResultSet rs = ps.executeQuery()) {
                    table = rs.next() ? rs.getString(1) : "patient";
                }
            }
            admin.setAutoCommit(false);
            try (Statement st = admin.createStatement()) {
                // A waiting LOCK queues the pull's own reads behind it; when another of the join's connections
                // holds the table (idle in a transaction) that wait would never end, so it is given up instead.
                st.execute("SET LOCAL lock_timeout = '3s'");
                st.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
            } catch (SQLException e) {
                admin.rollback();
            }
            return new PausedPull(admin, table);
        }

        /** Whether the pull came to wait for the lock within seconds (a short pull may have ended already). */
        boolean awaitThePull() throws SQLException, InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            try (PreparedStatement ps = admin.prepareStatement(
                    "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = ?::regclass")) {
                ps.setString(1, table);
                while (System.nanoTime() < deadline) {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            return true;
                        }
                    }
                    Thread.sleep(100);
                }
            }
            return false;
        }

        @Override
        public void close() throws SQLException {
            admin.rollback();
            admin.close();
        }
    }
}
