package org.clinicdesk.storage.sync;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of our own (initdb + pg_ctl from /usr/lib/postgresql/15/bin) on a free port, so a test can
 * stop and start it without disturbing the shared server. initdb and pg_ctl refuse to run as root, so as root they
 * run as the {@code postgres} OS user. Missing binaries fail the test with a clear message; nothing is skipped.
 */
final class PrivatePostgres implements AutoCloseable {
    private static final Path BIN = Path.of(System.getProperty("clinicdesk.pg.bin", "/usr/lib/postgresql/15/bin"));
    private final Path base;
    private final Path data;
    private final int port;

    private PrivatePostgres(Path base, int port) {
        this.base = base;
        this.data = base.resolve("data");
        this.port = port;
    }

    static PrivatePostgres start() throws IOException, InterruptedException {
        for (String tool : List.of("initdb", "pg_ctl")) {
            if (!Files.isExecutable(BIN.resolve(tool))) {
                throw new IllegalStateException("PostgreSQL server binaries are missing: " + BIN.resolve(tool)
                        + " (install the Debian package postgresql-15, or set -Dclinicdesk.pg.bin)");
            }
        }
        Path base = Files.createTempDirectory("clinicdesk-pg");
        if (isRoot()) {
            run(List.of("chown", "postgres:postgres", base.toString()), false);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PrivatePostgres pg = new PrivatePostgres(base, port);
        pg.pg(BIN.resolve("initdb") + " -D " + pg.data + " -A trust -U postgres --no-sync -E UTF8");
        pg.startServer();
        return pg;
    }

    /**
     * A streaming standby of this server (pg_basebackup -R, asynchronous, no slot) in its own folder on a free port,
     * started and following this one.
     */
    PrivatePostgres standby() throws IOException, InterruptedException {
        Path standbyBase = Files.createTempDirectory("clinicdesk-pg-standby");
        if (isRoot()) {
            run(List.of("chown", "postgres:postgres", standbyBase.toString()), false);
        }
        PrivatePostgres standby = new PrivatePostgres(standbyBase, freePort());
        pg(BIN.resolve("pg_basebackup") + " -h 127.0.0.1 -p " + port + " -U postgres -D " + standby.data
                + " -R -X stream -c fast --no-sync");
        standby.startServer();
        return standby;
    }

    /** Promotes this standby to a primary (a new WAL timeline), waiting until it accepts writes. */
    void promote() throws IOException, InterruptedException {
        pg(BIN.resolve("pg_ctl") + " -D " + data + " -w -t 60 promote");
    }

    /**
     * SIGKILL to the postmaster and every process it started, at once: the machine dying, not a shutdown. Nothing
     * is flushed or handed to the standby after this.
     */
    void kill() throws IOException, InterruptedException {
        String postmaster = Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim();
        List<String> pids = new ArrayList<>(List.of(postmaster));
        Process ps = new ProcessBuilder("ps", "-o", "pid=", "--ppid", postmaster).redirectErrorStream(true).start();
        for (String line : new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\\s+")) {
            if (!line.isBlank()) {
                pids.add(line.trim());
            }
        }
        ps.waitFor();
        List<String> command = new ArrayList<>(List.of("kill", "-KILL"));
        command.addAll(pids);
        run(command, false);
    }

    /** Sends a signal (STOP or CONT) to one server process, e.g. the WAL sender feeding a standby. */
    static void signal(int pid, String signal) throws IOException, InterruptedException {
        run(List.of("kill", "-" + signal, Integer.toString(pid)), true);
    }

    int port() {
        return port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    void startServer() throws IOException, InterruptedException {
        pg(BIN.resolve("pg_ctl") + " -D " + data + " -l " + base.resolve("server.log") + " -w -t 60 -o '-p " + port
                + " -k " + base + " -c listen_addresses=127.0.0.1 -c fsync=off' start");
    }

    /** Stops the server at once, dropping every connection (what a crash or a pulled cable looks like to clients). */
    void stopServer() throws IOException, InterruptedException {
        pg(BIN.resolve("pg_ctl") + " -D " + data + " -w -t 60 -m immediate stop");
    }

    private void pg(String command) throws IOException, InterruptedException {
        if (isRoot()) {
            run(List.of("su", "postgres", "-s", "/bin/sh", "-c", command), true);
        } else {
            run(List.of("/bin/sh", "-c", command), true);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command, boolean check) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        if (check && process.exitValue() != 0) {
            throw new IllegalStateException("failed (" + process.exitValue() + "): " + command + "\n" + output);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stopServer();
        } catch (IllegalStateException alreadyStopped) {
            // stopped by the test; nothing to do
        }
        run(List.of("rm", "-rf", base.toString()), false);
    }
}
