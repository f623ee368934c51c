package org.clinicdesk.app.gui.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javafx.application.Platform;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.storage.sync.CentralSchema;
import org.clinicdesk.storage.sync.CentralServer;

/**
 * A throwaway central database for the sync screenshot tours, on the PostgreSQL server named by
 * CLINICDESK_TEST_PG_URL / _USER / _PASSWORD (defaults as the tests use); dropped with its site logins on close.
 * A server that does not answer is reported within seconds, so a tour says why and ends instead of hanging.
 */
final class TourDatabase implements AutoCloseable {
    private static final int CONNECT_SECONDS = 5;
    private final String adminUrl = env("CLINICDESK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private final String adminUser = env("CLINICDESK_TEST_PG_USER", "clinicdesk_test");
    private final String adminPassword = env("CLINICDESK_TEST_PG_PASSWORD", "clinicdesk_test");
    private final String name = "cd_tour_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final List<String> roles = new ArrayList<>();

    private TourDatabase() {
    }

    /** Creates and migrates the database; {@link Unreachable} names the server and the reason when it cannot. */
    static TourDatabase create() {
        TourDatabase db = new TourDatabase();
        try (Connection c = db.adminConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + db.name);
        } catch (SQLException e) {
            throw new Unreachable("cannot create a database on " + db.adminUrl + " as " + db.adminUser + " ("
                    + e.getMessage() + "); set CLINICDESK_TEST_PG_URL/USER/PASSWORD, scripts/test-env prepares the role");
        }
        new CentralSchema(db.admin()).migrate();
        return db;
    }

    /** A screenshot tour over the throwaway database. */
    @FunctionalInterface
    interface Tour {
        void run(Path shots, TourDatabase central) throws Exception;
    }

    /**
     * A tour's {@code main}: {@code args[0]} is the folder for the PNGs; the database is made before the FX toolkit
     * starts and dropped after the tour. Exits 0 when done, 1 when the tour failed (the FX thread would otherwise keep
     * the program alive), 3 when PostgreSQL cannot be used.
     */
    static void main(String name, String[] args, Tour tour) throws Exception {
        Path shots = Path.of(args.length > 0 ? args[0] : "shots");
        Files.createDirectories(shots);
        try (TourDatabase central = createOrExit(name)) {
            FxDriver.startToolkit();
            tour.run(shots, central);
        } catch (Exception | Error e) { // an Error too: the FX thread would keep a failed tour alive forever
            e.printStackTrace();
            System.exit(1);
        }
        Platform.exit();
        System.exit(0);
    }

    /**
     * For a tour's {@code main}, before the FX toolkit starts: a server that cannot be used ends the tour with exit
     * code 3 and the reason on stderr, so that {@code scripts/screenshots} goes on with the other tours.
     */
    private static TourDatabase createOrExit(String tour) {
        try {
            return create();
        } catch (Unreachable e) {
            System.err.println(tour + ": no screenshots, PostgreSQL cannot be used: " + e.getMessage());
            System.exit(3);
            throw e;
        }
    }

    /** The tour's PostgreSQL server did not answer or refused; the message says which and why. */
    static final class Unreachable extends RuntimeException {
        Unreachable(String message) {
            super(message);
        }
    }

    String url() {
        int slash = adminUrl.lastIndexOf('/');
        return adminUrl.substring(0, slash + 1) + name;
    }

    CentralServer admin() {
        return new CentralServer(url(), adminUser, adminPassword);
    }

    /** A site login of the clinic, dropped with the database. */
    CentralServer addSite(UUID clinicId, SiteCode site, String password) {
        String role = new CentralSchema(admin()).addSite(clinicId, site, password);
        roles.add(role);
        return new CentralServer(url(), role, password);
    }

    private Connection adminConnection() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", adminUser);
        props.setProperty("password", adminPassword);
        props.setProperty("connectTimeout", Integer.toString(CONNECT_SECONDS));
        props.setProperty("loginTimeout", Integer.toString(CONNECT_SECONDS));
        return DriverManager.getConnection(adminUrl, props);
    }

    @Override
    public void close() {
        try (Connection c = adminConnection(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            for (String role : roles) {
                st.execute("DROP ROLE IF EXISTS " + role);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the tour database " + name, e);
        }
    }

    private static String env(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
