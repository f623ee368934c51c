package org.clinicdesk.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.clinicdesk.storage.keys.OsKeystore;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Secret Service for one test class: a private D-Bus session ({@code dbus-daemon}) with GNOME Keyring unlocked
 * in it, under a temporary HOME and XDG_RUNTIME_DIR, so the tests never touch the developer's own keyring. This JVM
 * reaches it through the {@code DBUS_SESSION_BUS_ADDRESS} system property (dbus-java reads it before the variable).
 * Where it cannot start, the tests are skipped with the reason; on CI (CI=true) they fail with it instead.
 */
final class PrivateKeyring implements AutoCloseable {
    private static final String ADDRESS = "DBUS_SESSION_BUS_ADDRESS";
    private final List<Process> daemons = new ArrayList<>();
    private final Path root;
    private final String previous;
    private String address;

    private PrivateKeyring(Path root) {
        this.root = root;
        this.previous = System.getProperty(ADDRESS);
    }

    static PrivateKeyring start(Path root) {
        PrivateKeyring keyring = new PrivateKeyring(root);
        try {
            keyring.startDaemons();
            return keyring;
        } catch (IOException | RuntimeException e) {
            keyring.close();
            String why = "No private Secret Service could be started (dbus-daemon and gnome-keyring-daemon from the "
                    + "Debian packages dbus and gnome-keyring, installed by scripts/test-env): " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why, e);
            }
            Assumptions.abort(why);
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            keyring.close();
            throw new IllegalStateException(e);
        }
    }

    private void startDaemons() throws IOException, InterruptedException {
        Path home = Files.createDirectories(root.resolve("keyring-home"));
        Path runtime = Files.createDirectories(root.resolve("keyring-run"));
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
        ProcessBuilder session = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--nopidfile",
                "--print-address=1").redirectError(root.resolve("dbus.err").toFile());
        // a service the bus starts by itself (activation) gets the private HOME too, never the developer's
        session.environment().putAll(Map.of("HOME", home.toString(), "XDG_RUNTIME_DIR", runtime.toString()));
        Process bus = session.start();
        daemons.add(bus);
        BufferedReader out = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8));
        address = Optional.ofNullable(out.readLine()).filter(a -> !a.isBlank())
                .orElseThrow(() -> new IllegalStateException("dbus-daemon printed no address (see " + root.resolve("dbus.err") + ")"));
        ProcessBuilder keyring = new ProcessBuilder("gnome-keyring-daemon", "--foreground", "--unlock",
                "--components=secrets").redirectOutput(root.resolve("keyring.out").toFile())
                .redirectError(root.resolve("keyring.err").toFile());
        keyring.environment().putAll(environment(home, runtime));
        Process daemon = keyring.start();
        daemons.add(daemon);
        try (OutputStream in = daemon.getOutputStream()) {
            in.write("keyring-test-pw".getBytes(StandardCharsets.UTF_8)); // unlocks (and creates) its login keyring
        }
        System.setProperty(ADDRESS, address);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String problem = "";
        while (System.nanoTime() < deadline) {
            if (!daemon.isAlive()) {
                throw new IllegalStateException("gnome-keyring-daemon ended with " + daemon.exitValue() + ": "
                        + Files.readString(root.resolve("keyring.err")));
            }
            OsKeystore.Probe probe = OsKeystore.probe();
            if (probe.keystore().isPresent()) {
                return;
            }
            problem = probe.problem();
            Thread.sleep(500);
        }
        throw new IllegalStateException("the Secret Service did not answer within 60 s: " + problem);
    }

    private Map<String, String> environment(Path home, Path runtime) {
        return Map.of(ADDRESS, address, "HOME", home.toString(), "XDG_RUNTIME_DIR", runtime.toString(),
                "XDG_DATA_HOME", home.resolve(".local/share").toString());
    }

    record ToolResult(int exit, String out) {
    }

    /** {@code secret-tool} on this private session: an independent look at what the keystore holds. */
    ToolResult secretTool(String... args) {
        List<String> command = new ArrayList<>(List.of("secret-tool"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(environment(root.resolve("keyring-home"), root.resolve("keyring-run")));
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("secret-tool " + String.join(" ", args) + " did not finish");
            }
            return new ToolResult(p.exitValue(), out);
        } catch (IOException e) {
            throw new IllegalStateException("secret-tool cannot run (Debian package libsecret-tools): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The desk key of the store {@code keyId} as the keystore holds it (Base64), if it holds one. */
    Optional<String> deskKey(String keyId) {
        ToolResult r = secretTool("lookup", "service", "ClinicDesk", "account", "desk key " + keyId);
        return r.exit() == 0 && !r.out().isBlank() ? Optional.of(r.out().strip()) : Optional.empty();
    }

    void deleteDeskKey(String keyId) {
        ToolResult r = secretTool("clear", "service", "ClinicDesk", "account", "desk key " + keyId);
        if (r.exit() != 0) {
            throw new IllegalStateException("secret-tool clear failed: " + r.out());
        }
    }

    @Override
    public void close() {
        for (int i = daemons.size() - 1; i >= 0; i--) {
            Process p = daemons.get(i);
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (previous == null) {
            System.clearProperty(ADDRESS);
        } else {
            System.setProperty(ADDRESS, previous);
        }
    }
}
