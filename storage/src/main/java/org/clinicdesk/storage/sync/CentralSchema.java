package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.clinicdesk.core.common.SiteCode;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates or upgrades the central PostgreSQL schema with Flyway ({@code db/migration/central}) and registers clinic
 * sites: each site gets its own login role, a member of {@code clinicdesk_site}, that row-level security limits to
 * its clinic's rows. Run as a role that may create roles (the server's administrator).
 */
public final class CentralSchema {
    private final CentralServer server;

    public CentralSchema(CentralServer server) {
        this.server = server;
    }

    /** Applies pending central migrations; returns the schema version now in place. */
    public String migrate() {
        MigrateResult result = Flyway.configure()
                .dataSource(server.url(), server.user(), server.password())
                .locations("classpath:db/migration/central")
                .table("flyway_central_history")
                .baselineOnMigrate(false)
                .load()
                .migrate();
        return result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion;
    }

    /**
     * What the server says of its own TLS: {@code ssl} on or off, and its pg_hba.conf lines for other computers by
     * kind (lines for this computer alone, 127.0.0.1 and ::1, do not count); -1 when they cannot be read.
     */
    public record TlsReport(boolean sslOn, int hostsslRules, int plainHostRules) {
        /** Logins over the network cannot avoid TLS: ssl is on and no plain {@code host} line admits them. */
        public boolean enforced() {
            return sslOn && hostsslRules > 0 && plainHostRules == 0;
        }
    }

    /** Reads the server's TLS settings (pg_hba_file_rules needs the administrator's login). */
    public TlsReport tls() {
        try (Connection c = server.connect(); Statement st = c.createStatement()) {
            boolean on;
            try (var rs = st.executeQuery("SHOW ssl")) {
                rs.next();
                on = "on".equalsIgnoreCase(rs.getString(1));
            }
            int hostssl = 0;
            int plain = 0;
            try (var rs = st.executeQuery("SELECT type, count(*) FROM pg_hba_file_rules WHERE error IS NULL "
                    + "AND type IN ('host', 'hostssl', 'hostnossl') "
                    + "AND NOT (address IN ('127.0.0.1', '::1') AND netmask IN ('255.255.255.255', "
                    + "'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff')) GROUP BY type")) {
                while (rs.next()) {
                    if ("hostssl".equals(rs.getString(1))) {
                        hostssl = rs.getInt(2);
                    } else {
                        plain += rs.getInt(2);
                    }
                }
            } catch (SQLException notAllowed) {
                return new TlsReport(on, -1, -1);
            }
            return new TlsReport(on, hostssl, plain);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the server's TLS settings: " + e.getMessage(), e);
        }
    }

    /**
     * Releases a site held by a store (its disk was lost) so that a new store of the same site may claim it with an
     * administrator's re-join. Only the server's administrator can: site logins may not call this.
     */
    public boolean releaseSite(UUID clinicId, SiteCode site) {
        try (Connection c = server.connect(); PreparedStatement ps = c.prepareStatement("SELECT cd_release_site(?, ?)")) {
            ps.setObject(1, clinicId);
            ps.setString(2, site.value());
            try (var rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not release site " + site + ": " + e.getMessage(), e);
        }
    }

    /** The database role a site of a clinic logs in as: the whole clinic id, so two clinics never share a name. */
    public static String roleName(UUID clinicId, SiteCode site) {
        return "cd_" + site.value().toLowerCase(Locale.ROOT) + "_" + clinicId.toString().replace("-", "");
    }

    /** Creates (or updates the password of) the login role of {@code site} in clinic {@code clinicId}. */
    public String addSite(UUID clinicId, SiteCode site, String password) {
        if (password == null || password.length() < 8) {
            throw new org.clinicdesk.core.common.ValidationException("password", "must have at least 8 characters");
        }
        String role = roleName(clinicId, site);
        try (Connection c = server.connect()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                boolean exists;
                try (var rs = st.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
                    exists = rs.next();
                }
                // The role name is made of a site code and a UUID's hex digits only, so it is safe to splice in.
                st.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + role + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB "
                        + "NOCREATEROLE");
                st.execute("GRANT clinicdesk_site TO " + role);
            }
            // Hashed here (SCRAM-SHA-256) and sent as a verifier: the password never crosses the wire or lands in the
            // server's statement log in clear.
            c.unwrap(org.postgresql.PGConnection.class).alterUserPassword(role, password.toCharArray(), "scram-sha-256");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO site_registry (role_name, clinic_id, site) "
                    + "VALUES (?, ?, ?) ON CONFLICT (role_name) DO NOTHING")) {
                ps.setString(1, role);
                ps.setObject(2, clinicId);
                ps.setString(3, site.value());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO feed_clock (clinic_id, last_position) VALUES (?, 0) "
                    + "ON CONFLICT (clinic_id) DO NOTHING")) {
                ps.setObject(1, clinicId);
                ps.executeUpdate();
            }
            c.commit();
            return role;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not register site " + site + " on the central server: " + e.getMessage(), e);
        }
    }
}
