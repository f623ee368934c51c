package org.clinicdesk.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.app.ClinicSetup;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.UuidV7Generator;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.files.OwnerOnly;
import org.clinicdesk.storage.keys.RecoveryKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code init}: creates the store (or upgrades an existing one), records the site and clinic and makes the first
 * administrator. Run again, it only upgrades and checks: it never makes a second admin or changes the site.
 */
@Command(name = "init", description = {"Create or upgrade the local store; the admin's password is CLINICDESK_PASSWORD.",
        "With --join, make this desk a site of an existing clinic instead: the site's central login comes from "
                + "CLINICDESK_CENTRAL_USER / CLINICDESK_CENTRAL_PASSWORD, and the clinic's users sign in (no admin is made)."})
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    private ClinicDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--site", required = true, paramLabel = "CODE", description = "This desktop's site code, e.g. A.")
    private String site;

    @Option(names = "--clinic", paramLabel = "NAME", description = "The clinic's name (a new clinic).")
    private String clinic;

    @Option(names = "--admin", paramLabel = "NAME", description = "User name of the first administrator (a new clinic); "
            + "with --rejoin, the clinic administrator who hands the site to this desk.")
    private String admin;

    @Option(names = "--join", paramLabel = "JDBC_URL", description = "Join the clinic on this central server as site "
            + "--site, e.g. jdbc:postgresql://server:5432/clinicdesk?sslmode=verify-full")
    private String joinUrl;

    @Option(names = "--rejoin", description = "With --join: this desk replaces the site's lost store (needs --admin, "
            + "whose password is CLINICDESK_PASSWORD; audited).")
    private boolean rejoin;

    @Option(names = "--json", description = "Print one JSON document.")
    private boolean json;

    @Option(names = "--save", description = "With --join: keep the site's login (owner-only, in the data directory) for "
            + "later syncs and the window.")
    private boolean save;

    @Option(names = "--insecure", description = "With --join: allow a URL off this computer without sslmode=verify-full.")
    private boolean insecure;

    @Override
    public Integer call() {
        SiteCode code = SiteCode.of(site);
        if (joinUrl != null) {
            return new JoinClinic(root, spec, code, json).run(joinUrl, rejoin, admin, save, insecure);
        }
        if (rejoin) {
            throw new ValidationException("rejoin", "goes with --join JDBC_URL");
        }
        if (clinic == null) {
            throw new ValidationException("clinic", "is missing: give --clinic NAME for a new clinic, or --join JDBC_URL "
                    + "to join an existing one");
        }
        if (admin == null) {
            throw new ValidationException("admin", "is missing: give --admin NAME, the first administrator's user name");
        }
        // Checked before anything is created, so a typo in the clinic's name leaves no empty store behind.
        SiteSettings asked = new SiteSettings(code, clinic, new UuidV7Generator(root.env().clock()).newId());
        Path dataDir = root.dataDir();
        createDirectory(dataDir);
        CliLog.attach(dataDir);
        String outcome;
        Optional<RecoveryKey> recoveryKey;
        // init may encrypt an old plain store: it is where the new recovery key can be shown
        try (LocalStore store = StoreOpener.open(dataDir, root.env().clock(), root.env().storeAccess())) {
            ClinicServices services = ClinicServices.over(store);
            var existing = store.siteSettings();
            if (existing.isPresent()) {
                outcome = alreadyInitialised(existing.get(), code, services);
            } else {
                char[] password = Passwords.chosen(root.env(), CliEnvironment.PASSWORD, admin);
                ClinicSetup.createClinic(services, asked, admin, password);
                if (store.recoveryKeyToShow().isEmpty()) {
                    // the store was made earlier without a clinic (an interrupted init): its key was never shown
                    store.reissueRecoveryKey();
                }
                outcome = "Initialised the store in " + dataDir + " for " + asked.clinicName() + ", site " + code
                        + "; administrator " + admin.trim().toLowerCase(java.util.Locale.ROOT) + " can sign in.";
            }
            recoveryKey = store.recoveryKeyToShow();
            store.recoveryKeyShown();
        }
        Output output = Output.of(spec);
        output.line(outcome);
        recoveryKey.ifPresent(key -> RecoveryKeyNotice.print(output, key));
        return ExitCode.OK;
    }

    private String alreadyInitialised(SiteSettings current, SiteCode asked, ClinicServices services) {
        if (!current.site().equals(asked)) {
            throw new RuleViolationException("This store belongs to site " + current.site() + " ("
                    + current.clinicName() + "); it cannot become site " + asked
                    + ". Use another --data-dir for a new site.");
        }
        if (!services.users().hasUsers()) {
            // A store left without any user (e.g. an earlier init was interrupted) still needs its administrator.
            char[] password = Passwords.chosen(root.env(), CliEnvironment.PASSWORD, admin);
            services.users().addFirstAdmin(admin, password, asked);
            return "The store in " + root.dataDir() + " is up to date (site " + asked + "); administrator " + admin
                    + " created.";
        }
        String clinicNote = current.clinicName().equals(clinic.strip()) ? ""
                : " The clinic's name stays '" + current.clinicName() + "'.";
        return "The store in " + root.dataDir() + " is already initialised for site " + current.site() + " ("
                + current.clinicName() + ") and is up to date; no user was added." + clinicNote;
    }

    private static void createDirectory(Path dataDir) {
        try {
            OwnerOnly.folder(dataDir);
        } catch (IOException e) {
            throw new ValidationException("data-dir", dataDir + " cannot be created (" + e.getMessage() + ")");
        }
    }
}
