package org.clinicdesk.app.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.sync.SyncRefusedException;
import org.clinicdesk.storage.sync.CentralDirectory;
import org.clinicdesk.storage.sync.CentralServer;
import org.clinicdesk.storage.sync.CentralUnavailableException;
import org.clinicdesk.storage.sync.SiteClaim;

/**
 * What a site login sees on the central server before anything syncs: a compatible ClinicDesk schema, the clinic the
 * login belongs to and its name, and the login's own site. The window's connection tests and {@link ClinicJoin} read
 * it the same way, so a test that passes means the join will get as far as claiming the site.
 */
public final class CentralProbe {
    /**
     * The clinic and site a login speaks for on a server that answered; the clinic's name is known once its first
     * desk has synced.
     */
    public record Reached(UUID clinicId, Optional<String> knownName, SiteCode site) {
        /** The name, or a stand-in made from the clinic's id. */
        public String clinicName() {
            return knownName.orElse("Clinic " + clinicId.toString().substring(0, 8));
        }
    }

    private CentralProbe() {
    }

    /** Connects as the server's login and reads what it speaks for; refuses like a join would. */
    public static Reached reach(CentralServer server) {
        try (Connection central = server.connect()) {
            return read(central, server.user());
        } catch (SQLException e) {
            throw unavailable(server, e);
        }
    }

    /** The same on a connection the caller holds (a join goes on to claim the site on it). */
    public static Reached read(Connection central, String login) throws SQLException {
        CentralDirectory.checkSchema(central);
        // refuses a superuser, a login that bypasses row-level security, and a login of no clinic
        SiteClaim.LoginSite site = SiteClaim.requireSiteLogin(central);
        return new Reached(site.clinicId(), CentralDirectory.clinicName(central, site.clinicId()), site.site());
    }

    /**
     * A wrong login or password is told apart from a server that does not answer: the first needs other
     * credentials, the second the address or the network.
     */
    public static CentralUnavailableException unavailable(CentralServer server, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28")) {
            return new CentralUnavailableException("The central server refused the login '" + server.user()
                    + "': wrong site login or password. Nothing was created here.", e);
        }
        if ("3D000".equals(state)) {
            return new CentralUnavailableException("The central server has no database by the name in " + server.url()
                    + ". Check the URL. Nothing was created here.", e);
        }
        return new CentralUnavailableException("The central server at " + server.url() + " could not be reached ("
                + e.getMessage() + "). Check the address and port and that the server is running. Nothing was created "
                + "here.", e);
    }
}
