package org.clinicdesk.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.storage.sync.CentralSchema;
import org.clinicdesk.storage.sync.CentralServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code central init --url JDBC_URL} creates or upgrades the central schema; {@code central add-site} gives a
 * clinic's desk its own database login. Run as the server's administrator: the login comes from the URL's
 * user/password parameters or CLINICDESK_CENTRAL_USER / CLINICDESK_CENTRAL_PASSWORD.
 */
@Command(name = "central", description = "Set up the central PostgreSQL server.",
        subcommands = {CentralCommand.Init.class, CentralCommand.AddSite.class, CentralCommand.ReleaseSite.class})
public final class CentralCommand implements Runnable {
    private final Map<String, String> env;

    @Spec
    private CommandSpec spec;

    public CentralCommand() {
        this(System.getenv());
    }

    /** For embedding and tests: the environment to read logins and passwords from. */
    public CentralCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Which? 'central init' or 'central add-site'.");
    }

    private CentralServer server(String url) {
        return new CentralServer(url, env.get("CLINICDESK_CENTRAL_USER"), env.get("CLINICDESK_CENTRAL_PASSWORD"));
    }

    private String newPassword() {
        return Optional.ofNullable(env.get("CLINICDESK_NEW_PASSWORD")).orElseThrow(() ->
                new ValidationException("password", "set CLINICDESK_NEW_PASSWORD to the password of the new site logins"));
    }

    private static int fail(CommandSpec spec, RuntimeException e) {
        PrintWriter err = spec.commandLine().getErr();
        if (e instanceof ValidationException) {
            err.println("Error: " + e.getMessage());
            return SyncCommand.INVALID_INPUT;
        }
        err.println("Error: central server: " + rootMessage(e));
        return SyncCommand.UNREACHABLE;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t == e ? e.getMessage() : e.getMessage() + " (" + t.getMessage() + ")";
    }

    /** {@code central init}. */
    @Command(name = "init", description = "Create or upgrade the central schema (Flyway), its roles and row-level security; "
            + "with --clinic-id and --site, also the login of each site (password from CLINICDESK_NEW_PASSWORD).")
    static final class Init implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @picocli.CommandLine.ParentCommand
        private CentralCommand central;

        @Option(names = "--clinic-id", paramLabel = "UUID", description = "The clinic whose sites get logins.")
        private UUID clinicId;

        @Option(names = "--site", paramLabel = "CODE", description = "A site (desk) of the clinic; repeat for each.")
        private java.util.List<String> sites = new java.util.ArrayList<>();

        @Option(names = "--url", required = true, paramLabel = "JDBC_URL",
                description = "e.g. jdbc:postgresql://server:5432/clinicdesk?sslmode=verify-full&sslrootcert=root.crt")
        private String url;

        @Option(names = "--json", description = "Print one JSON document.")
        private boolean json;

        @Override
        public Integer call() {
            try {
                if (!sites.isEmpty() && clinicId == null) {
                    throw new ValidationException("clinic-id", "is needed with --site");
                }
                if (sites.size() > 1) {
                    throw new ValidationException("site", "one password per site: give one --site here and add the "
                            + "others with 'central add-site', each with its own CLINICDESK_NEW_PASSWORD");
                }
                String password = sites.isEmpty() ? null : central.newPassword();
                CentralSchema schema = new CentralSchema(central.server(url));
                String version = schema.migrate();
                CentralSchema.TlsReport tls = schema.tls();
                com.fasterxml.jackson.databind.node.ObjectNode node = new ObjectMapper().createObjectNode()
                        .put("schemaVersion", version).put("ssl", tls.sslOn()).put("hostsslRules", tls.hostsslRules())
                        .put("plainHostRules", tls.plainHostRules()).put("tlsEnforced", tls.enforced());
                com.fasterxml.jackson.databind.node.ArrayNode roles = node.putArray("roles");
                for (String site : sites) {
                    roles.add(schema.addSite(clinicId, SiteCode.of(site), password));
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println(json ? node.toString() : "Central schema is at version " + version + "."
                        + (sites.isEmpty() ? "" : " Site logins: " + roles + ".") + "\n" + tlsLine(tls));
                out.flush();
                return SyncCommand.OK;
            } catch (RuntimeException e) {
                return fail(spec, e);
            }
        }
    }

    static String tlsLine(CentralSchema.TlsReport tls) {
        String rules = tls.hostsslRules() < 0 ? "pg_hba.conf could not be read with this login"
                : "pg_hba.conf has " + tls.hostsslRules() + " hostssl and " + tls.plainHostRules() + " plain host lines";
        return "TLS: ssl = " + (tls.sslOn() ? "on" : "off") + "; " + rules + (tls.enforced()
                ? ". Desks off this computer must use sslmode=verify-full."
                : ". Desks on other computers can reach this server without TLS: set ssl = on and use hostssl lines "
                + "only (see the README's TLS section).");
    }

    /** {@code central add-site}. */
    @Command(name = "add-site", description = "Create the database login of one desk (site) of a clinic and print its "
            + "name; its password comes from CLINICDESK_NEW_PASSWORD.")
    static final class AddSite implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @picocli.CommandLine.ParentCommand
        private CentralCommand central;

        @Option(names = "--url", required = true, paramLabel = "JDBC_URL")
        private String url;

        @Option(names = "--clinic-id", required = true, paramLabel = "UUID", description = "The clinic's id (shown by 'clinicdesk doctor').")
        private UUID clinicId;

        @Option(names = "--site", required = true, paramLabel = "CODE")
        private String site;

        @Option(names = "--json", description = "Print one JSON document.")
        private boolean json;

        @Override
        public Integer call() {
            try {
                String role = new CentralSchema(central.server(url)).addSite(clinicId, SiteCode.of(site), central.newPassword());
                PrintWriter out = spec.commandLine().getOut();
                // stdout carries the login name alone, so a script can keep it: login=$(clinicdesk central add-site ...)
                out.println(json ? new ObjectMapper().createObjectNode().put("role", role).toString() : role);
                out.flush();
                if (!json) {
                    spec.commandLine().getErr().println("Site " + SiteCode.of(site) + " logs in as " + role
                            + " with the password from CLINICDESK_NEW_PASSWORD; give both to that desk for "
                            + "'clinicdesk init --join'.");
                    spec.commandLine().getErr().flush();
                }
                return SyncCommand.OK;
            } catch (RuntimeException e) {
                return fail(spec, e);
            }
        }
    }

    /** {@code central release-site}: lets a new store of a site whose desk was lost re-join it. */
    @Command(name = "release-site", description = {"Release a site whose desk was lost, so that a clinic "
            + "administrator can re-join it from a new computer ('clinicdesk init --join URL --site CODE --rejoin "
            + "--admin NAME').", "The site's login is locked and its sessions ended (the lost disk holds its password), "
            + "and the lost desk's key stops vouching for new changes: give the site a new password with 'central "
            + "add-site' before the new computer joins."})
    static final class ReleaseSite implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @picocli.CommandLine.ParentCommand
        private CentralCommand central;

        @Option(names = "--url", required = true, paramLabel = "JDBC_URL")
        private String url;

        @Option(names = "--clinic-id", required = true, paramLabel = "UUID")
        private UUID clinicId;

        @Option(names = "--site", required = true, paramLabel = "CODE")
        private String site;

        @Override
        public Integer call() {
            try {
                boolean released = new CentralSchema(central.server(url)).releaseSite(clinicId, SiteCode.of(site));
                PrintWriter out = spec.commandLine().getOut();
                out.println(released ? "Site " + SiteCode.of(site) + " is released and its login locked: give it a "
                        + "new password (CLINICDESK_NEW_PASSWORD=... clinicdesk central add-site --site " + SiteCode.of(site)
                        + " ...), then a clinic administrator re-joins it from the new computer." : "Site " + SiteCode.of(site) + " is not held by any store; a new "
                        + "desk can simply join it.");
                out.flush();
                return SyncCommand.OK;
            } catch (RuntimeException e) {
                return fail(spec, e);
            }
        }
    }
}
