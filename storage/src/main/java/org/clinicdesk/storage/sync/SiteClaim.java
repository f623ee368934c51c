package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.sync.SyncRefusedException;

/**
 * One store per site code: the central server records which store holds each site ({@code cd_claim_site}). A second
 * store that claims a site already held is refused before anything moves, because two stores with one site code
 * would issue the same UHIDs and queue tokens. Handing a site to a new store after the old one was lost is an
 * administrator's explicit re-join.
 */
public final class SiteClaim {
    /** What the server answered. */
    public enum Outcome { CLAIMED, HELD, TAKEN, REJOINED }

    /** The answer, with the store that holds the site now and since when. */
    public record Answer(Outcome outcome, UUID holder, OffsetDateTime since) {
    }

    private SiteClaim() {
    }

    /** The clinic and site the connecting login speaks for; empty for a login that belongs to no clinic. */
    public static Optional<LoginSite> loginSite(Connection central) throws SQLException {
        try (PreparedStatement ps = central.prepareStatement("SELECT cd_current_clinic(), cd_current_site()");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            UUID clinic = rs.getObject(1, UUID.class);
            String site = rs.getString(2);
            return clinic == null || site == null ? Optional.empty()
                    : Optional.of(new LoginSite(clinic, new SiteCode(site)));
        }
    }

    /**
     * The clinic and site of the connecting login, refusing (before anything is written) a login that could read or
     * write beyond one clinic's rows: a superuser, one that bypasses row-level security, or one that belongs to no
     * clinic. Such a login must never be saved on a desk.
     */
    public static LoginSite requireSiteLogin(Connection central) throws SQLException {
        try (PreparedStatement ps = central.prepareStatement(
                "SELECT rolname, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = session_user");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next() && (rs.getBoolean(2) || rs.getBoolean(3))) {
                throw new SyncRefusedException(SyncRefusedException.Reason.UNSAFE_LOGIN, "The login '" + rs.getString(1)
                        + "' is " + (rs.getBoolean(2) ? "a superuser" : "allowed to bypass row-level security")
                        + ": it sees every clinic. A desk syncs only with its own site login (an administrator makes "
                        + "one with 'clinicdesk central add-site'). Nothing was saved or synced.");
            }
        }
        return loginSite(central).orElseThrow(() -> new SyncRefusedException(SyncRefusedException.Reason.NO_CLINIC,
                "This login belongs to no clinic site on the central server. Use the site login that the server's "
                        + "administrator made with 'clinicdesk central add-site'. Nothing was saved or synced."));
    }

    /** A clinic and one of its sites, as the server knows a login. */
    public record LoginSite(UUID clinicId, SiteCode site) {
    }

    /**
     * Claims the login's site for {@code store} and registers the store's desk key; refuses (nothing else written) when another store holds it. With
     * {@code rejoinedBy} present, an administrator hands the site over to this store instead.
     */
    public static Answer claim(Connection central, SiteCode site, UUID store, Optional<String> rejoinedBy,
                               String publicKey) throws SQLException {
        boolean autoCommit = central.getAutoCommit();
        central.setAutoCommit(true);
        try (PreparedStatement ps = central.prepareStatement("SELECT outcome, holder, since FROM cd_claim_site(?, ?, ?)")) {
            ps.setObject(1, store);
            ps.setString(2, rejoinedBy.orElse(null));
            ps.setString(3, publicKey);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Answer answer = new Answer(Outcome.valueOf(rs.getString(1)), rs.getObject(2, UUID.class),
                        rs.getObject(3, OffsetDateTime.class));
                if (answer.outcome() == Outcome.TAKEN) {
                    throw taken(site, answer);
                }
                return answer;
            }
        } finally {
            central.setAutoCommit(autoCommit);
        }
    }

    private static SyncRefusedException taken(SiteCode site, Answer answer) {
        String since = answer.since() == null ? "" : " since " + answer.since().atZoneSameInstant(ZoneId.systemDefault())
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        return new SyncRefusedException(SyncRefusedException.Reason.SITE_TAKEN, "Site " + site + " is already held by "
                + "another store (" + answer.holder() + since + "). Two desks with one site code would issue the same "
                + "UHIDs and queue tokens, so nothing was synced. Give this desk its own site (an administrator runs "
                + "'clinicdesk central add-site --site NEW ...' on the server, then 'clinicdesk init --join URL --site NEW' "
                + "here), or, if this desk replaces one whose disk was lost, the server's administrator releases the site "
                + "('clinicdesk central release-site --site " + site + " ...') and a clinic administrator re-joins with "
                + "'clinicdesk init --join URL --site " + site + " --rejoin --admin NAME'.");
    }
}
