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
 * storage sync tests use), with the central schema; dropped with its site roles on close, unless
 * {@linkplain #keep() kept} (the day campaign's prepared clinic) or a {@linkplain #copyOf copy} of a kept one, whose
 * site roles belong to the original.
 *
 * <p>{@link #create()} migrates once per test JVM, into a template database, and gives each test a copy of it
 * ({@code CREATE DATABASE ... TEMPLATE}, a file copy on the server: 1.4 s against 4.3 s for a new database and
 * Flyway's run of every central migration, medians of 7 pairs in one JVM under load ~15 on 1 Dec 2026), with what a
 * copy does not carry made again (see {@link #redoGrants}) and a central identity of its own.
 */
public final class CentralTestDatabase implements AutoCloseable {
    public static final String SITE_PASSWORD = "site-password-1";
    private final String adminUrl;
    private final String user;
    private final String password;
    private final String name;
    private final List<String> roles = new ArrayList<>();
    private boolean kept;
    private boolean ownsRoles = true;
    private static String template;

    private CentralTestDatabase(String adminUrl, String user, String password, String name) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    public static CentralTestDatabase create() {
        String from = template();
        CentralTestDatabase db = fresh(" TEMPLATE " + from);
        try (Connection c = DriverManager.getConnection(db.url(), db.user, db.password); Statement st = c.createStatement()) {
            db.redoGrants(st, from);
            // the copy is a central database of its own, as a migrated one is (desks remember which one they read)
            st.execute("UPDATE sync_meta SET central_id = gen_random_uuid()");
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw new IllegalStateException("Cannot set up the copy " + db.name + " of " + from + ": " + e.getMessage(), e);
        }
        return db;
    }

    /** The migrated template of this JVM, made at the first call and dropped when the JVM ends. */
    private static synchronized String template() {
        if (template == null) {
            CentralTestDatabase db = fresh("");
            new CentralSchema(db.admin()).migrate();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.close();
                } catch (RuntimeException e) {
                    // the server may be gone by the time the JVM ends; a leftover cd_ database is harmless
                }
            }));
            template = db.name;
        }
        return template;
    }

    /**
     * Database-level grants are not copied with a template: the migration's {@code REVOKE TEMPORARY} is made again,
     * and the copy's grants compared with the template's, so that a later migration granting or revoking something
     * more on the database fails here, by name, rather than leaving copies quietly unlike a migrated database.
     */
    private void redoGrants(Statement st, String from) throws SQLException {
        st.execute("REVOKE TEMPORARY ON DATABASE " + name + " FROM PUBLIC");
        try (var rs = st.executeQuery("SELECT t.datacl::text IS NOT DISTINCT FROM c.datacl::text FROM pg_database t, "
                + "pg_database c WHERE t.datname = '" + from + "' AND c.datname = '" + name + "'")) {
            if (!rs.next() || !rs.getBoolean(1)) {
                throw new IllegalStateException("the copy has other database grants than " + from
                        + ": a migration changed them; make them again in CentralTestDatabase too");
            }
        }
    }

    private static CentralTestDatabase fresh(String template) {
        CentralTestDatabase db = named("cd_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT));
        try (Connection c = DriverManager.getConnection(db.adminUrl, db.user, db.password); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + db.name + template);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + db.adminUrl + " as " + db.user
                    + " (set CLINICDESK_TEST_PG_URL/USER/PASSWORD; scripts/test-env prepares the role): " + e.getMessage(), e);
        }
        return db;
    }

    /** The database {@code name} on the test server (CLINICDESK_TEST_PG_URL / _USER / _PASSWORD). */
    private static CentralTestDatabase named(String name) {
        return new CentralTestDatabase(env("CLINICDESK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                env("CLINICDESK_TEST_PG_USER", "clinicdesk_test"), env("CLINICDESK_TEST_PG_PASSWORD", "clinicdesk_test"),
                name);
    }

    /**
     * A fresh database made from the kept database {@code template} ({@code CREATE DATABASE ... TEMPLATE}, a file copy
     * on the server): same schema, rows and site roles. Database-level grants are not copied, so the migration's
     * {@code REVOKE TEMPORARY} is made again. Dropped on close; the roles stay with the template.
     */
    public static CentralTestDatabase copyOf(String template) {
        CentralTestDatabase db = fresh(" TEMPLATE " + template);
        db.ownsRoles = false;
        try (Connection c = DriverManager.getConnection(db.url(), db.user, db.password); Statement st = c.createStatement()) {
            db.redoGrants(st, template);
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw new IllegalStateException("Cannot set up the copy " + db.name + " of " + template + ": " + e.getMessage(), e);
        }
        new CentralSchema(db.admin()).migrate();
        return db;
    }

    /** Whether a database of that name exists on the test server. */
    public static boolean exists(String database) {
        CentralTestDatabase server = named(database);
        try (Connection c = DriverManager.getConnection(server.adminUrl, server.user, server.password);
             var ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, database);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the test server " + server.adminUrl + ": " + e.getMessage(), e);
        }
    }

    /** Drops a kept database and its site roles. */
    public static void drop(String database) {
        named(database).close();
    }

    /** Keeps this database and its site roles after close (to be {@linkplain #copyOf copied}); returns its name. */
    public String keep() {
        kept = true;
        return name;
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
        if (kept) {
            return;
        }
        // Site logins made through the product (central add-site) are dropped with the database, like the tests' own.
        try (Connection c = DriverManager.getConnection(url(), user, password); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT role_name FROM site_registry")) {
            while (ownsRoles && rs.next()) {
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
