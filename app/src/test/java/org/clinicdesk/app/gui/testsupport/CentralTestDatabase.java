package org.clinicdesk.app.gui.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.storage.sync.CentralSchema;
import org.clinicdesk.storage.sync.CentralServer;

/**
 * A fresh central database on the test PostgreSQL server (CLINICDESK_TEST_PG_URL / _USER / _PASSWORD, as the
 * storage sync tests use), migrated with the central schema; dropped with its site roles on close.
 */
public final class CentralTestDatabase implements AutoCloseable {
    public static final String SITE_PASSWORD = "site-password-1";
    private final String adminUrl;
    private final String user;
    private final String password;
    private final String name;
    private final List<String> roles = new ArrayList<>();

    private CentralTestDatabase(String adminUrl, String user, String password, String name) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    public static CentralTestDatabase create() {
        String url = env("CLINICDESK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = env("CLINICDESK_TEST_PG_USER", "clinicdesk_test");
        String password = env("CLINICDESK_TEST_PG_PASSWORD", "clinicdesk_test");
        String name = "cd_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + url + " as " + user
                    + " (set CLINICDESK_TEST_PG_URL/USER/PASSWORD; scripts/test-env prepares the role): " + e.getMessage(), e);
        }
        CentralTestDatabase db = new CentralTestDatabase(url, user, password, name);
        new CentralSchema(db.admin()).migrate();
        return db;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public String url() {
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    }

    public CentralServer admin() {
        return new CentralServer(url(), user, password);
    }

    /** Registers a site; returns the server as that site's role sees it at {@code url}. */
    public CentralServer site(UUID clinicId, String site, String url) {
        String role = new CentralSchema(admin()).addSite(clinicId, SiteCode.of(site), SITE_PASSWORD);
        roles.add(role);
        return new CentralServer(url, role, SITE_PASSWORD);
    }

    @Override
    public void close() {
        // Site logins made through the product (central add-site) are dropped with the database, like the tests' own.
        try (Connection c = DriverManager.getConnection(url(), user, password); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT role_name FROM site_registry")) {
            while (rs.next()) {
                if (!roles.contains(rs.getString(1))) {
                    roles.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            // no schema yet: no site logins either
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            for (String role : roles) {
                st.execute("DROP ROLE IF EXISTS " + role);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop test database " + name, e);
        }
    }
}
