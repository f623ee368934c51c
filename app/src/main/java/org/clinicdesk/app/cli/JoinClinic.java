package org.clinicdesk.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.app.sync.ClinicJoin;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.storage.sync.CentralServer;
import org.clinicdesk.storage.sync.Transport;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code init --join JDBC_URL --site CODE}: this desk becomes a site of the clinic that the central login belongs to
 * (see {@link ClinicJoin}). Progress of the first pull goes to stderr; the summary to stdout.
 */
final class JoinClinic {
    static final String CENTRAL_USER = "CLINICDESK_CENTRAL_USER";
    static final String CENTRAL_PASSWORD = "CLINICDESK_CENTRAL_PASSWORD";
    private final ClinicDeskCommand root;
    private final CommandSpec spec;
    private final SiteCode site;
    private final boolean json;

    JoinClinic(ClinicDeskCommand root, CommandSpec spec, SiteCode site, boolean json) {
        this.root = root;
        this.spec = spec;
        this.site = site;
        this.json = json;
    }

    int run(String url, boolean rejoin, String admin, boolean save, boolean insecure) {
        CliEnvironment env = root.env();
        String user = env.variable(CENTRAL_USER).orElseThrow(() -> new ValidationException("central-user",
                "set CLINICDESK_CENTRAL_USER to site " + site + "'s central login"));
        String password = env.variable(CENTRAL_PASSWORD).orElseThrow(() -> new ValidationException("central-password",
                "set CLINICDESK_CENTRAL_PASSWORD to the password of " + user));
        Optional<ClinicJoin.Rejoin> handover = Optional.empty();
        if (rejoin) {
            if (admin == null || admin.isBlank()) {
                throw new ValidationException("admin", "--rejoin needs --admin NAME, a clinic administrator (password in "
                        + "CLINICDESK_PASSWORD)");
            }
            handover = Optional.of(new ClinicJoin.Rejoin(admin, Passwords.acting(env, admin)));
        }
        CentralServer server = new CentralServer(url, user, password,
                insecure ? Transport.INSECURE_ALLOWED : Transport.VERIFIED);
        java.nio.file.Path dataDir = root.dataDir();
        CliLog.attach(dataDir);
        Output output = Output.of(spec);
        ClinicJoin.Joined joined = new ClinicJoin(dataDir, server, site, env.clock(), env.storeAccess())
                .join(handover, save ? ClinicJoin.Login.SAVE : ClinicJoin.Login.FORGET, new ProgressLines(output));
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("clinic", joined.clinicName());
            doc.put("clinicId", joined.clinicId().toString());
            doc.put("site", joined.site().value());
            doc.put("rejoined", joined.rejoined());
            doc.put("pulled", joined.firstSync().pulled());
            doc.put("users", joined.users());
            doc.put("patients", joined.patients());
            doc.put("dataDir", dataDir.toString());
            joined.recoveryKey().ifPresent(k -> doc.put("recoveryKey", k.formatted()));
            output.json(doc);
        } else {
            output.line((joined.rejoined() ? "Re-joined " : "Joined ") + joined.clinicName() + " (" + joined.clinicId()
                    + ") as site " + joined.site() + " in " + dataDir + ": pulled " + joined.firstSync().pulled()
                    + " records (" + joined.users() + " users, " + joined.patients() + " patients). The clinic's users "
                    + "sign in here with their own passwords; " + (save ? "this desk syncs with " + server.url() + "."
                    : "the login was not kept: give --save to keep it for later syncs and the window."));
            joined.recoveryKey().ifPresent(k -> RecoveryKeyNotice.print(output, k));
        }
        return ExitCode.OK;
    }

    /** One line on stderr every 10% of the first pull (and at the end), so a long join shows it is moving. */
    private static final class ProgressLines implements ClinicJoin.Progress {
        private final Output output;
        private long lastTenth = -1;

        ProgressLines(Output output) {
            this.output = output;
        }

        @Override
        public void pulled(long done, long expected) {
            long tenth = expected == 0 ? 10 : done * 10 / expected;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                output.note("Pulling the clinic's records: " + done + " of " + expected);
            }
        }
    }
}
