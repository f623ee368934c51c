package org.clinicdesk.app.sync;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.site.ClinicSettings;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.sync.SyncRefusedException;
import org.clinicdesk.core.sync.SyncReport;
import org.clinicdesk.core.users.PasswordHasher;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.users.SignInFailedException;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.keys.DeskKeys;
import org.clinicdesk.storage.keys.RecoveryKey;
import org.clinicdesk.storage.keys.StoreAccess;
import org.clinicdesk.storage.sync.CentralDirectory;
import org.clinicdesk.storage.sync.CentralServer;
import org.clinicdesk.storage.sync.CentralUnavailableException;
import org.clinicdesk.storage.sync.SiteClaim;
import org.clinicdesk.storage.sync.SiteCounters;
import org.clinicdesk.storage.sync.SyncEngine;
import org.clinicdesk.storage.sync.SyncProgress;

/**
 * A new desk becomes one site of an existing clinic: it reads the clinic that the site's central login belongs to,
 * claims the site for a new store (refused when another store holds it), creates the local store as that site,
 * pulls everything the clinic has (users, patients, queue, notes, documents) and continues the site's counters above
 * what the server has seen. No local administrator is made: the clinic's own users sign in. The command line's
 * {@code init --join} and the window's first start both go through here.
 */
public final class ClinicJoin {
    /** Told how far the first pull has come; {@code expected} is the size of the clinic's change feed. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, expected) -> { };

        void pulled(long done, long expected);
    }

    /** Whether the site's login is kept in the data directory for later syncs and the window. */
    public enum Login { SAVE, FORGET }

    /** An administrator who hands a site over to this store after the old one was lost. */
    public record Rejoin(String adminName, char[] password) {
    }

    /** What the desk joined and what it pulled. */
    public record Joined(String clinicName, UUID clinicId, SiteCode site, boolean rejoined, SyncReport firstSync,
                         long users, long patients, Optional<RecoveryKey> recoveryKey) {
    }

    private final Path dataDir;
    private final CentralServer server;
    private final SiteCode site;
    private final Clock clock;
    private final StoreAccess access;

    public ClinicJoin(Path dataDir, CentralServer server, SiteCode site, Clock clock) {
        this(dataDir, server, site, clock, StoreAccess.thisComputer());
    }

    /** {@code access}: this computer's key folder, where the new store's desk key goes. */
    public ClinicJoin(Path dataDir, CentralServer server, SiteCode site, Clock clock, StoreAccess access) {
        this.dataDir = dataDir;
        this.server = server;
        this.site = site;
        this.clock = clock;
        this.access = access;
    }

    public Joined join(Optional<Rejoin> rejoin, Login login, Progress progress) {
        try (LocalStore existing = openIfInitialised()) {
            if (existing != null) {
                return kept(existing, login, shownByTheCaller(existing, resume(existing, progress)));
            }
        }
        // Claimed before anything is made here: a refused desk leaves no store behind.
        Claim claim = claim(rejoin);
        try (LocalStore store = LocalStore.open(dataDir, clock, access)) {
            return kept(store, login, shownByTheCaller(store, become(store, claim, rejoin, progress)));
        }
    }

    /** Only once the join went through: the server accepted the login as this clinic's site login, and pulled. */
    private Joined kept(LocalStore store, Login login, Joined joined) {
        if (login == Login.SAVE) {
            CentralSettings.save(store, server);
        }
        return joined;
    }

    /**
     * The command line prints the recovery key it returns, so the store stops offering it. (The window's join leaves it
     * to the window, which shows it once before sign-in.)
     */
    private static Joined shownByTheCaller(LocalStore store, Joined joined) {
        store.recoveryKeyShown();
        return joined;
    }

    /**
     * The same on a store that the caller holds open in {@code dataDir} (the window's: H2 admits one opener per
     * store). An empty store joins; a store that is already this site's (an interrupted join) resumes. A refused
     * claim leaves the store empty, so the form can be corrected and tried again.
     */
    public Joined joinInto(LocalStore store, Optional<Rejoin> rejoin, Progress progress) {
        Joined joined = store.siteSettings().isPresent() ? resume(store, progress)
                : become(store, claim(rejoin), rejoin, progress);
        // the window keeps the login it was given: its background sync needs it
        CentralSettings.save(store, server);
        return joined;
    }

    /** What the server granted before the store was touched. */
    private record Claim(UUID storeId, DeskKeys keys, CentralProbe.Reached login, long expected, boolean rejoined) {
    }

    private Claim claim(Optional<Rejoin> rejoin) {
        UUID storeId = UUID.randomUUID();
        DeskKeys keys = DeskKeys.generate();
        try (Connection central = server.connect()) {
            CentralProbe.Reached login = loginSite(central);
            long expected = CentralDirectory.feedSize(central, login.clinicId());
            Optional<String> rejoinedBy = Optional.empty();
            if (rejoin.isPresent()) {
                rejoinedBy = Optional.of(checkAdministrator(central, login.clinicId(), rejoin.get()));
            }
            boolean rejoined = SiteClaim.claim(central, site, storeId, rejoinedBy, keys.publicKey()).outcome()
                    == SiteClaim.Outcome.REJOINED;
            return new Claim(storeId, keys, login, expected, rejoined);
        } catch (SQLException e) {
            throw CentralProbe.unavailable(server, e);
        }
    }

    private Joined become(LocalStore store, Claim claim, Optional<Rejoin> rejoin, Progress progress) {
        String clinicName = claim.login().clinicName();
        UUID clinicId = claim.login().clinicId();
        store.context().tx().run(() -> store.initialise(new SiteSettings(site, clinicName, clinicId), claim.storeId(),
                claim.keys()));
        SyncReport report = pull(store, claim.expected(), progress);
        continueCounters(store);
        String actor = rejoin.map(Rejoin::adminName).orElse("system");
        AuditRecord event = AuditRecord.of(claim.rejoined() ? AuditAction.SITE_REJOINED : AuditAction.SITE_JOINED,
                "site", site.value(), (claim.rejoined() ? "re-joined " : "joined ") + clinicName + " (" + clinicId
                        + ") as site " + site + " with store " + claim.storeId());
        store.context().tx().run(() -> store.auditLog().append(actor, event));
        // The join event goes to the server at once; a failure here is retried by the next sync.
        trySync(store);
        return summary(store, clinicName, clinicId, claim.rejoined(), report);
    }

    /** The data directory already holds this site's store (an interrupted join run again): just sync it. */
    private Joined resume(LocalStore store, Progress progress) {
        SiteSettings held = store.siteSettings().orElseThrow();
        if (!held.site().equals(site)) {
            throw new RuleViolationException("The store in " + dataDir + " is already site " + held.site() + " of "
                    + held.clinicName() + "; it cannot become site " + site + ". Use another --data-dir for another desk.");
        }
        long expected;
        try (Connection central = server.connect()) {
            CentralProbe.Reached login = loginSite(central);
            if (!login.clinicId().equals(held.clinicId())) {
                throw new SyncRefusedException(SyncRefusedException.Reason.WRONG_CLINIC, "The store in " + dataDir
                        + " belongs to " + held.clinicName() + " (" + held.clinicId() + "), not to the clinic of this "
                        + "login (" + login.clinicId() + "). Use another --data-dir.");
            }
            expected = CentralDirectory.feedSize(central, login.clinicId());
        } catch (SQLException e) {
            throw CentralProbe.unavailable(server, e);
        }
        SyncReport report = pull(store, expected, progress);
        continueCounters(store);
        return summary(store, held.clinicName(), held.clinicId(), false, report);
    }

    private LocalStore openIfInitialised() {
        if (!java.nio.file.Files.exists(dataDir.resolve("clinicdesk.mv.db"))) {
            return null;
        }
        LocalStore store = LocalStore.open(dataDir, clock, access);
        if (store.siteSettings().isEmpty()) {
            store.close();
            return null;
        }
        return store;
    }

    private CentralProbe.Reached loginSite(Connection central) throws SQLException {
        CentralProbe.Reached login = CentralProbe.read(central, server.user());
        if (!login.site().equals(site)) {
            throw new SyncRefusedException(SyncRefusedException.Reason.WRONG_SITE, "The login '" + server.user()
                    + "' is site " + login.site() + "'s, not site " + site + "'s. Join with --site " + login.site()
                    + ", or use site " + site + "'s own login.");
        }
        return login;
    }

    /** The re-joining administrator's password is checked against the clinic's record on the server. */
    private static String checkAdministrator(Connection central, UUID clinicId, Rejoin rejoin) throws SQLException {
        String name = rejoin.adminName() == null ? "" : rejoin.adminName().trim().toLowerCase(java.util.Locale.ROOT);
        try {
            var user = CentralDirectory.user(central, clinicId, name)
                    .filter(u -> u.active() && Role.ADMIN.name().equals(u.role()))
                    .filter(u -> new PasswordHasher().verify(rejoin.password(), u.passwordHash()))
                    .orElseThrow(() -> new SignInFailedException("Re-joining a site needs an active administrator of "
                            + "the clinic: wrong administrator name or password."));
            return user.username();
        } finally {
            Arrays.fill(rejoin.password(), '\0');
        }
    }

    private SyncReport pull(LocalStore store, long expected, Progress progress) {
        SyncProgress rows = (phase, done, pid) -> {
            if (phase == SyncProgress.Phase.PULL) {
                progress.pulled(done, Math.max(expected, done));
            }
        };
        SyncReport report = new SyncEngine(store, server).syncOnce(rows);
        progress.pulled(report.pulled(), Math.max(expected, report.pulled()));
        return report;
    }

    private void continueCounters(LocalStore store) {
        ClinicSettings settings = ClinicSettings.from(
                store.context().tx().inTransaction(() -> store.clinicSettings().all()), "-");
        SiteCounters.continueAfterPull(store, site, settings.tokenPrefix(site),
                LocalDate.now(clock.withZone(ZoneId.systemDefault())));
    }

    private void trySync(LocalStore store) {
        try {
            new SyncEngine(store, server).syncOnce();
        } catch (CentralUnavailableException e) {
            // stays in the outbox for the next sync
        }
    }

    private static Joined summary(LocalStore store, String clinicName, UUID clinicId, boolean rejoined,
                                  SyncReport report) {
        long users = count(store, "app_user");
        long patients = count(store, "patient");
        SiteSettings site = store.siteSettings().orElseThrow();
        Optional<RecoveryKey> recoveryKey = store.recoveryKeyToShow();
        return new Joined(clinicName, clinicId, site.site(), rejoined, report, users, patients, recoveryKey);
    }

    private static long count(LocalStore store, String table) {
        try (Connection c = store.dataSource().getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE NOT deleted")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count " + table + ": " + e.getMessage(), e);
        }
    }
}
