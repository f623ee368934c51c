package org.clinicdesk.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.clinicdesk.app.sync.CentralSettings;
import org.clinicdesk.core.common.ClinicException;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.sync.SyncRefusedException;
import org.clinicdesk.core.sync.SyncReport;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.keys.KeyFolder;
import org.clinicdesk.storage.keys.StoreAccess;
import org.clinicdesk.storage.sync.CentralServer;
import org.clinicdesk.storage.sync.CentralUnavailableException;
import org.clinicdesk.storage.sync.SyncEngine;
import org.clinicdesk.storage.sync.Transport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sync [--once] [--url JDBC_URL] [--json]}: syncs this desktop with the central server and prints the figures
 * (pushed, pulled, conflicts). The data directory is the root command's {@code --data-dir} when there is one.
 */
@Command(name = "sync", description = "Send this desktop's changes to the central server and fetch everyone else's.")
public final class SyncCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int UNEXPECTED = 1;
    static final int INVALID_INPUT = 2;
    static final int REFUSED = 4;
    static final int STORE_IN_USE = 8;
    static final int UNREACHABLE = 9;

    private final Supplier<Optional<Path>> dataDirOverride;
    private final Map<String, String> env;

    @Spec
    private CommandSpec spec;

    @Option(names = "--once", description = "Sync once and exit (the only mode on the command line; the window syncs in the background).")
    private boolean once;

    @Option(names = "--url", paramLabel = "JDBC_URL", description = "Central server, e.g. jdbc:postgresql://server:5432/clinicdesk"
            + "?sslmode=verify-full&sslrootcert=root.crt (kept for later runs with --save).")
    private String url;

    @Option(names = "--json", description = "Print one JSON document.")
    private boolean json;

    @Option(names = "--save", description = "Keep the URL and login (owner-only, in the data directory) for later runs "
            + "and the window's background sync; saved only after the server accepted the login as a site login.")
    private boolean save;

    @Option(names = "--insecure", description = "Allow a URL off this computer without sslmode=verify-full (only on a "
            + "network you control; the window then says the connection is not encrypted).")
    private boolean insecure;

    public SyncCommand() {
        this(Optional::empty, System.getenv());
    }

    /** For embedding and tests: the data directory and environment to use. */
    public SyncCommand(Supplier<Optional<Path>> dataDir, Map<String, String> env) {
        this.dataDirOverride = dataDir;
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Path dataDir = dataDir();
            try (LocalStore store = LocalStore.open(dataDir, Clock.systemUTC(), StoreAccess.with(KeyFolder.from(env,
                    System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")))).refusingPlainStores())) {
                CentralServer server = CentralSettings.resolve(store, url, env,
                        insecure ? Transport.INSECURE_ALLOWED : Transport.VERIFIED);
                SyncReport report = new SyncEngine(store, server).syncOnce();
                if (save) {
                    CentralSettings.save(store, server);
                }
                print(out, report, store.outbox().size());
                return OK;
            }
        } catch (ValidationException e) {
            err.println("Error: " + e.getMessage());
            return INVALID_INPUT;
        } catch (SyncRefusedException e) {
            err.println("Error: sync refused: " + e.getMessage());
            return REFUSED;
        } catch (CentralUnavailableException e) {
            err.println("Error: " + e.getMessage());
            return UNREACHABLE;
        } catch (org.clinicdesk.storage.db.StoreInUseException e) {
            err.println("Error: " + e.getMessage() + " (the window syncs in the background by itself)");
            return STORE_IN_USE;
        } catch (ClinicException e) {
            err.println("Error: " + e.getMessage());
            return REFUSED;
        } catch (RuntimeException e) {
            err.println("Error: sync failed unexpectedly: " + e.getMessage());
            return UNEXPECTED;
        }
    }

    private void print(PrintWriter out, SyncReport report, long pending) {
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode node = mapper.createObjectNode();
            node.put("pushed", report.pushed());
            node.put("pulled", report.pulled());
            node.put("conflicts", report.conflicts());
            node.put("openConflicts", report.openConflicts());
            node.put("pending", pending);
            node.put("feedPosition", report.cursor().position());
            node.put("millis", report.took().toMillis());
            node.putPOJO("conflictDetails", report.conflictDetails());
            out.println(node.toString());
        } else {
            out.printf("Synced: %d pushed, %d pulled, %d conflicts (%d waiting for a person), %d pending, %d ms%n",
                    report.pushed(), report.pulled(), report.conflicts(), report.openConflicts(), pending,
                    report.took().toMillis());
            report.conflictDetails().forEach(d -> out.println("  conflict: " + d));
        }
        out.flush();
    }

    private Path dataDir() {
        Optional<Path> override = dataDirOverride.get();
        if (override.isPresent()) {
            return override.get();
        }
        CommandSpec parent = spec.parent();
        OptionSpec option = parent == null ? null : parent.findOption("--data-dir");
        if (option != null && option.getValue() != null) {
            return ((Path) option.getValue()).toAbsolutePath();
        }
        String fromEnv = env.get("CLINICDESK_DATA_DIR");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        throw new ValidationException("data-dir", "give --data-dir DIR or set CLINICDESK_DATA_DIR");
    }
}
